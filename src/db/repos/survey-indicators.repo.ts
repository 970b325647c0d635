/**
 * Indicators over stored rows: runs the statements compiled by indicator-statement.ts over a
 * stored survey (survey_responses of one form) or the registry's virtual respondents, and
 * hands back per-group sufficient statistics. One statement covers every disaggregation
 * (GROUPING SETS) and every non-median measure; medians, whose sorted answers force a sort,
 * get a statement of their own; a disaggregation by a multi-valued registry fact (profile)
 * gets its own statement, since its rows are repeated per value.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { IndicatorFilter } from '../../contracts/indicators.ts';
import type {
  BadWeights, GroupStats, IndicatorAggregateRequest, IndicatorAggregateResult, IndicatorRowSource, MeasureStats, SurveyIndicatorsRepo,
} from '../../services/surveys/indicator-ports.ts';
import type { FormDefinition } from '../../domain/surveys/form.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';
import { categoryTexts, matches, numberValue, param, rawValue } from './indicator-expressions.ts';
import { compileStatement, type ResultRow } from './indicator-statement.ts';
import { registryFactsSource } from './registry-facts.sql.ts';

/** Bad weights a message names. */
const WEIGHT_EXAMPLES = 5;
/** Responses whose metadata keys are read to learn a form's export columns. */
const META_SAMPLE = 200;

function sourceSql(source: IndicatorRowSource): SQL {
  if (source.kind === 'form') return sql`SELECT id, response_key AS row_key, answers, meta FROM survey_responses WHERE form_id = ${source.formId}`;
  return registryFactsSource(source);
}

const keyOf = (keys: readonly unknown[]) => JSON.stringify(keys);

export function surveyIndicatorsRepo(db: Db): SurveyIndicatorsRepo {
  /** Runs one statement for some measures and some disaggregations, merging into `groups`. */
  async function run(request: IndicatorAggregateRequest, measureIndexes: number[], which: number[], expand: Set<string>, out: Map<string, GroupStats>[], bad: Set<string>) {
    const sub = { ...request, measures: measureIndexes.map((i) => request.measures[i]!) };
    const compiled = compileStatement(sub, sourceSql(request.source), which, expand);
    const rows = await queryRows<ResultRow>(db, compiled.query);
    for (const row of rows) {
      for (const check of compiled.weightChecks) if (Number(row[check.alias] ?? 0) > 0) bad.add(check.column);
      const set = compiled.sets.find((s) => s.mask === Number(row.gs));
      if (!set) continue;
      const keys = set.keyAliases.map((alias) => row[alias] as string | number | null);
      const groups = out[set.disaggregation]!;
      let group = groups.get(keyOf(keys));
      if (!group) groups.set(keyOf(keys), (group = { keys, measures: new Array<MeasureStats>(request.measures.length) }));
      compiled.readers.forEach((read, j) => (group!.measures[measureIndexes[j]!] = read(row)));
    }
  }

  async function badWeights(request: IndicatorAggregateRequest, column: string): Promise<BadWeights> {
    const kind = request.kinds[column] ?? 'meta';
    const weight = numberValue(kind, rawValue(kind, column));
    const rows = await queryRows<{ row_key: string; total: number }>(db, sql`
      SELECT row_key, (count(*) OVER ())::int AS total FROM (${sourceSql(request.source)}) src
      WHERE ${weight} IS NULL OR ${weight} < 0 ORDER BY id LIMIT ${WEIGHT_EXAMPLES}`);
    return { column, count: Number(rows[0]?.total ?? 0), examples: rows.map((r) => r.row_key) };
  }

  return {
    async aggregate(request) {
      // Identical disaggregations are computed once and copied.
      const unique = [...new Set(request.disaggregations.map(keyOf))];
      const firstOf = unique.map((k) => request.disaggregations.findIndex((d) => keyOf(d) === k));
      const expand = new Set(request.disaggregations.flat().filter((c) => request.kinds[c] === 'multi'));
      const statements = expand.size ? firstOf.map((d) => [d]) : [firstOf];
      const medians = request.measures.flatMap((m, i) => (m.measure.kind === 'median' ? [i] : []));
      const others = request.measures.flatMap((m, i) => (m.measure.kind === 'median' ? [] : [i]));
      const out = request.disaggregations.map(() => new Map<string, GroupStats>());
      const bad = new Set<string>();
      for (const which of statements) {
        if (others.length) await run(request, others, which, expand, out, bad);
        if (medians.length) await run(request, medians, which, expand, out, bad);
      }
      const disaggregations = request.disaggregations.map((d) => [...out[firstOf[unique.indexOf(keyOf(d))]!]!.values()]);
      const badList: BadWeights[] = [];
      for (const column of bad) badList.push(await badWeights(request, column));
      return { disaggregations, badWeights: badList };
    },

    async distinctAnswers(request, column, filters: readonly IndicatorFilter[]) {
      const kind = request.kinds[column] ?? 'meta';
      const where = filters.length
        ? sql.join(filters.map((f) => { const k = request.kinds[f.question] ?? 'meta'; return matches(k, rawValue(k, f.question), numberValue(k, rawValue(k, f.question)), f.values); }), sql` AND `)
        : sql`TRUE`;
      const raw = rawValue(kind, column);
      // Arrays give their elements (in their order); anything else its text. First seen = lowest row id, then position.
      const rows = await queryRows<{ category: string }>(db, sql`
        SELECT category FROM (
          SELECT e.value AS category, src.id::text || '/' || lpad(e.position::text, 6, '0') AS seen
          FROM (${sourceSql(request.source)}) src
          CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(${kind === 'text' || kind === 'meta' ? sql`NULL::jsonb` : raw}) = 'array' THEN ${kind === 'text' || kind === 'meta' ? sql`NULL::jsonb` : raw} ELSE '[]'::jsonb END)
            WITH ORDINALITY AS e(value, position)
          WHERE ${where}
          UNION ALL
          SELECT ${categoryTexts(kind, column)}, src.id::text FROM (${sourceSql(request.source)}) src WHERE ${where}
        ) t WHERE category IS NOT NULL GROUP BY category ORDER BY min(seen)`);
      return rows.map((r) => r.category);
    },

    async findFormDefinition(formId) {
      const [row] = await queryRows<{ id: string; definition: FormDefinition; organisation_id: string | null }>(db, sql`
        SELECT id, definition, organisation_id FROM survey_forms WHERE id = ${formId}`);
      return row;
    },

    async metaColumns(formId) {
      const rows = await queryRows<{ key: string }>(db, sql`
        SELECT DISTINCT jsonb_object_keys(meta) AS key FROM (SELECT meta FROM survey_responses WHERE form_id = ${formId} LIMIT ${META_SAMPLE}) s`);
      return rows.map((r) => r.key).sort();
    },

    async departments() {
      return queryRows<{ code: string; name: string }>(db, sql`SELECT code, name FROM places WHERE level = ${param('department')} ORDER BY code`);
    },
  };
}
