/**
 * Turns decoded responses into the engine's rows: the answers as they are (no copy), plus —
 * only when the spec or a disaggregation names one — data columns that are not questions (a
 * weight column `w` or a `district` that a survey tool added), taken from the response's
 * metadata as text. Copying rows only in that case keeps 100,000-row files cheap.
 */
import type { IndicatorSpec } from '../../../contracts/indicators.ts';
import type { DecodedResponse, FormDefinition } from '../form.ts';
import type { ResponseRow } from './answers.ts';

export interface ResponseRowsOptions {
  spec: IndicatorSpec;
  by: readonly string[];
  /** The data file's header: its columns that are not questions may serve as weight or disaggregation. */
  header: readonly string[];
}

/**
 * @example responseRows(form, responses, { spec, by: ['district'], header }).rows[0] // { age: 34, …, district: '211002' }
 */
export function responseRows(form: FormDefinition, responses: readonly Pick<DecodedResponse, 'values' | 'meta'>[], options: ResponseRowsOptions): { rows: ResponseRow[]; extraColumns: string[] } {
  const questionNames = new Set(form.questions.map((q) => q.name));
  const extraColumns = options.header.filter((column) => !questionNames.has(column));
  const named = new Set([...options.spec.indicators.map((i) => i.weight), ...options.by.flatMap((d) => d.split('+'))]);
  const copied = extraColumns.filter((column) => named.has(column));
  if (copied.length === 0) return { rows: responses.map((r) => r.values), extraColumns };
  const rows = responses.map((response) => {
    const row: Record<string, string | number | string[] | null> = { ...response.values };
    for (const column of copied) row[column] = response.meta[column] ?? null;
    return row;
  });
  return { rows, extraColumns };
}
