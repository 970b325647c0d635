/**
 * The indicator report as one flat row per indicator and group, for `--format csv` and
 * `--format table` (and spreadsheet downloads later): the JSON stays the contract, this is its
 * tabular reading, with one column per disaggregation question and the interval split in two.
 */
import type { IndicatorReport } from '../../../contracts/indicators.ts';

export interface ReportRows {
  header: string[];
  records: Record<string, string | number | boolean | null>[];
}

/**
 * @example flattenReport(report).header // ['indicator', 'label', 'region', 'n', 'numerator', 'value', 'ci95_low', 'ci95_high', 'suppressed']
 */
export function flattenReport(report: IndicatorReport): ReportRows {
  const byColumns: string[] = [];
  for (const indicator of report.indicators) {
    for (const group of indicator.groups) for (const question of Object.keys(group.by)) if (!byColumns.includes(question)) byColumns.push(question);
  }
  const header = ['indicator', 'label', ...byColumns, 'n', 'numerator', 'value', 'ci95_low', 'ci95_high', 'suppressed'];
  const records = report.indicators.flatMap((indicator) =>
    indicator.groups.map((group) => ({
      indicator: indicator.id,
      label: indicator.label,
      ...Object.fromEntries(byColumns.map((q) => [q, q in group.by ? (group.by[q] ?? '(no answer)') : null])),
      n: group.n,
      numerator: group.numerator,
      value: group.value,
      ci95_low: group.ci95?.[0] ?? null,
      ci95_high: group.ci95?.[1] ?? null,
      suppressed: group.suppressed,
    })),
  );
  return { header, records };
}

/** Figures rounded for people: proportions and intervals to 4 decimals, weighted counts to 2. */
export function roundForReading(rows: ReportRows): ReportRows {
  const round = (value: unknown, digits: number) => (typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(digits)) : value);
  return {
    header: rows.header,
    records: rows.records.map((record) => ({
      ...record,
      numerator: round(record.numerator, 2) as number | null,
      value: round(record.value, 4) as number | null,
      ci95_low: round(record.ci95_low, 4) as number | null,
      ci95_high: round(record.ci95_high, 4) as number | null,
    })),
  };
}
