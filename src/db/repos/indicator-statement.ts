/**
 * Compiles an indicator plan into one SQL statement: an inner projection that reads every
 * needed answer, number, key, filter and weight of a row once (fenced with OFFSET 0 so
 * PostgreSQL does not re-extract them per aggregate), then one aggregate per distinct sum with
 * a FILTER clause, grouped by GROUPING SETS (one set per disaggregation) so every
 * disaggregation comes from a single scan. Equal sums are shared (twenty proportions on one
 * filter count its rows once). Each measure gets a reader that turns its columns of a result
 * row into MeasureStats.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorFilter } from '../../contracts/indicators.ts';
import type { ColumnKind, IndicatorAggregateRequest, MeasurePlan, MeasureStats } from '../../services/surveys/indicator-ports.ts';
import { answered, expandedKey, isCategory, isOtherCategory, keyValue, matches, numberValue, rawValue } from './indicator-expressions.ts';

export type ResultRow = Record<string, unknown>;

export interface CompiledStatement {
  query: SQL;
  /** Key columns in order, and for each disaggregation its GROUPING() mask and key columns. */
  sets: { disaggregation: number; mask: number; keyAliases: string[] }[];
  readers: ((row: ResultRow) => MeasureStats)[];
  /** Per weight column: the alias counting rows whose weight is blank, negative or not a number. */
  weightChecks: { column: string; alias: string }[];
}

/** Named, deduplicated SQL pieces: the same expression asked twice gets the same alias. */
class Pieces {
  readonly list: SQL[] = [];
  private readonly aliases = new Map<string, string>();
  constructor(private readonly prefix: string) {}
  alias(key: string, make: () => SQL): string {
    let alias = this.aliases.get(key);
    if (alias === undefined) {
      alias = `${this.prefix}${this.aliases.size}`;
      this.aliases.set(key, alias);
      this.list.push(sql`${make()} AS ${sql.identifier(alias)}`);
    }
    return alias;
  }
}

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const ref = (alias: string): SQL => sql`${sql.identifier(alias)}`;

/** Compiles the measures for the given disaggregations (indexes into request.disaggregations). */
export function compileStatement(request: IndicatorAggregateRequest, source: SQL, which: readonly number[], expand: ReadonlySet<string>): CompiledStatement {
  const { kinds } = request;
  const kindOf = (column: string): ColumnKind => kinds[column] ?? 'meta';
  const inner = new Pieces('p');
  const outer = new Pieces('a');
  const raw = (column: string) => rawValue(kindOf(column), column);
  const value = (column: string) => ref(inner.alias(`v:${column}`, () => raw(column)));
  const number = (column: string) => ref(inner.alias(`x:${column}`, () => numberValue(kindOf(column), raw(column))));
  const filter = (filters: readonly IndicatorFilter[]): SQL => {
    if (filters.length === 0) return sql`TRUE`;
    const key = JSON.stringify(filters);
    return ref(inner.alias(`f:${key}`, () => sql.join(filters.map((f) => {
      const kind = kindOf(f.question);
      return matches(kind, raw(f.question), numberValue(kind, raw(f.question)), f.values);
    }), sql` AND `)));
  };
  const weight = number;
  const aggregate = (key: string, make: () => SQL) => outer.alias(key, make);

  const keyColumns = [...new Set(which.flatMap((d) => request.disaggregations[d]!))];
  const keyAliases = keyColumns.map((column) =>
    inner.alias(`k:${column}`, () => (expand.has(column) ? expandedKey(raw(column)) : keyValue(kindOf(column), raw(column)))));
  const readers = request.measures.map((plan) => compileMeasure(plan, { kindOf, value, number, filter, weight, aggregate }));
  const weightColumns = [...new Set(request.measures.flatMap((m) => (m.weight === null ? [] : [m.weight])))];
  const weightChecks = weightColumns.map((column) => ({
    column, alias: aggregate(`bad:${column}`, () => sql`count(*) FILTER (WHERE ${weight(column)} IS NULL OR ${weight(column)} < 0)`),
  }));
  const sets = which.map((d) => {
    const columns = request.disaggregations[d]!;
    let mask = 0;
    keyColumns.forEach((column, i) => {
      if (!columns.includes(column)) mask |= 1 << (keyColumns.length - 1 - i);
    });
    return { disaggregation: d, mask, keyAliases: columns.map((c) => keyAliases[keyColumns.indexOf(c)]!) };
  });
  const groupingSets = sets.map((s) => sql`(${sql.join(s.keyAliases.map(ref), sql`, `)})`);
  const gs = keyAliases.length ? sql`GROUPING(${sql.join(keyAliases.map(ref), sql`, `)})` : sql`0`;
  const keysOut = keyAliases.length ? sql`${sql.join(keyAliases.map(ref), sql`, `)}, ` : sql``;
  const query = sql`
    SELECT ${gs} AS gs, ${keysOut}${sql.join(outer.list, sql`, `)}
    FROM (SELECT id, ${sql.join([...inner.list, sql`1 AS p_none`], sql`, `)} FROM (${source}) src OFFSET 0) r
    GROUP BY GROUPING SETS (${sql.join(groupingSets, sql`, `)})`;
  return { query, sets, readers, weightChecks };
}

interface MeasureTools {
  kindOf(column: string): ColumnKind;
  value(column: string): SQL;
  number(column: string): SQL;
  filter(filters: readonly IndicatorFilter[]): SQL;
  weight(column: string): SQL;
  /** An aggregate (deduplicated by key); returns the alias of its result column. */
  aggregate(key: string, make: () => SQL): string;
}

const emptyStats = (): MeasureStats => ({ n: 0, sumW: 0, sumW2: 0, numerators: [], mean: null, variance: null, answers: null, answerWeights: null, others: 0 });
const numbers = (value: unknown): Float64Array => Float64Array.from((value as (number | string)[] | null) ?? [], Number);

/** The aggregates of one measure, and how to read them back. */
function compileMeasure(plan: MeasurePlan, t: MeasureTools): (row: ResultRow) => MeasureStats {
  const { measure } = plan;
  const kind = t.kindOf(measure.question);
  const f = t.filter(plan.filters);
  const fKey = JSON.stringify(plan.filters);
  const w = plan.weight === null ? null : t.weight(plan.weight);
  const wKey = `${plan.weight}:${fKey}`;
  const count = (key: string, where: SQL) => t.aggregate(`count:${fKey}:${key}`, () => sql`count(*) FILTER (WHERE ${where})`);
  const sumW = (key: string, where: SQL) => t.aggregate(`w:${wKey}:${key}`, () => sql`sum(${w}) FILTER (WHERE ${where})`);
  /** n, Σw and Σw² over the rows where `where` holds (Σw = Σw² = n unweighted). */
  const sums = (key: string, where: SQL) => {
    const n = count(key, where);
    if (w === null) return { n, sumW: n, sumW2: n };
    return { n, sumW: sumW(key, where), sumW2: t.aggregate(`ww:${wKey}:${key}`, () => sql`sum(${w} * ${w}) FILTER (WHERE ${where})`) };
  };
  const numerator = (key: string, where: SQL) => (w === null ? count(key, where) : sumW(key, where));
  const read = (row: ResultRow, alias: string) => num(row[alias]);
  switch (measure.kind) {
    case 'proportion':
    case 'distribution': {
      const v = t.value(measure.question);
      const base = measure.answeredOnly ? sql`${f} AND ${answered(kind, v)}` : f;
      const d = sums(measure.answeredOnly ? `answered:${measure.question}` : 'all', base);
      const parts = measure.kind === 'proportion'
        ? [numerator(`match:${measure.question}:${JSON.stringify(measure.values)}`, sql`${f} AND ${matches(kind, v, kind === 'number' || kind === 'json' ? t.number(measure.question) : sql`NULL`, measure.values)}`)]
        : measure.categories.map((c) => numerator(`category:${measure.question}:${c}`, sql`${f} AND ${isCategory(kind, v, c)}`));
      const others = measure.kind === 'distribution'
        ? count(`others:${measure.question}:${JSON.stringify(measure.categories)}`, sql`${f} AND ${isOtherCategory(kind, v, measure.categories)}`)
        : null;
      return (row) => ({ ...emptyStats(), n: read(row, d.n), sumW: read(row, d.sumW), sumW2: read(row, d.sumW2), numerators: parts.map((p) => read(row, p)), others: others ? read(row, others) : 0 });
    }
    case 'mean': {
      const x = t.number(measure.question);
      const where = sql`${f} AND ${x} IS NOT NULL`;
      if (w === null) {
        // avg and var_pop (Youngs–Cramer) are as stable as the engine's running update.
        const n = count(`number:${measure.question}`, where);
        const mean = t.aggregate(`avg:${fKey}:${measure.question}`, () => sql`avg(${x}) FILTER (WHERE ${f})`);
        const variance = t.aggregate(`var:${fKey}:${measure.question}`, () => sql`var_pop(${x}) FILTER (WHERE ${f})`);
        return (row) => {
          const size = read(row, n);
          return { ...emptyStats(), n: size, sumW: size, sumW2: size, mean: size ? read(row, mean) : null, variance: size ? read(row, variance) : null };
        };
      }
      const d = sums(`number:${measure.question}`, where);
      const swx = t.aggregate(`wx:${wKey}:${measure.question}`, () => sql`sum(${w} * ${x}) FILTER (WHERE ${where})`);
      const swxx = t.aggregate(`wxx:${wKey}:${measure.question}`, () => sql`sum(${w} * ${x} * ${x}) FILTER (WHERE ${where})`);
      return (row) => {
        const total = read(row, d.sumW);
        const mean = total > 0 ? read(row, swx) / total : null;
        return { ...emptyStats(), n: read(row, d.n), sumW: total, sumW2: read(row, d.sumW2), mean, variance: mean === null ? null : read(row, swxx) / total - mean * mean };
      };
    }
    case 'median': {
      // Sorted answers per group; the shared medianWithInterval walks them (ties in row order, as the engine sorts).
      const x = t.number(measure.question);
      const n = count(`number:${measure.question}`, sql`${f} AND ${x} IS NOT NULL`);
      const kept = w === null ? sql`${f} AND ${x} IS NOT NULL` : sql`${f} AND ${x} IS NOT NULL AND ${w} > 0`;
      const answers = t.aggregate(`answers:${wKey}:${measure.question}`, () => sql`array_agg(${x} ORDER BY ${x}, id) FILTER (WHERE ${kept})`);
      const weights = w === null ? null : t.aggregate(`weights:${wKey}:${measure.question}`, () => sql`array_agg(${w} ORDER BY ${x}, id) FILTER (WHERE ${kept})`);
      return (row) => ({ ...emptyStats(), n: read(row, n), answers: numbers(row[answers]), answerWeights: weights ? numbers(row[weights]) : null });
    }
  }
}
