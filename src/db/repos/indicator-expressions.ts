/**
 * SQL expressions that read one answer the way the in-memory engine reads it
 * (domain/surveys/indicators/answers.ts): what counts as answered, when an answer matches a set
 * of values, its number, and its group key. Kept beside each other so the SQL path and
 * computeIndicators() agree on "" (not answered), [] (answered, nothing ticked), 1 vs "1", etc.
 *
 * Every question name and value is a bound parameter (`${name}::text`), never SQL text.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ColumnKind } from '../../services/surveys/indicator-ports.ts';

/** Numbers written as text that JavaScript's Number() reads the same way (exponent kept small, so no overflow). */
const NUMERIC_TEXT = '^\\s*[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]{1,2})?\\s*$';

export const param = (value: string): SQL => sql`${value}::text`;
const textList = (values: readonly string[]): SQL => sql.join(values.map(param), sql`, `);
const numberList = (values: readonly number[]): SQL => sql.join(values.map((v) => sql`${v}::float8`), sql`, `);

/** The stored answer (or export column) as the projection reads it: text for text kinds, jsonb otherwise. */
export function rawValue(kind: ColumnKind, column: string): SQL {
  if (kind === 'meta') return sql`meta->>(${param(column)})`;
  if (kind === 'text') return sql`answers->>(${param(column)})`;
  return sql`answers->(${param(column)})`;
}

/** The answer as a number (numbers, or text that reads as one), else NULL — numberOf(). `raw` is a rawValue. */
export function numberValue(kind: ColumnKind, raw: SQL): SQL {
  if (kind === 'meta' || kind === 'text') return sql`CASE WHEN ${raw} ~ ${NUMERIC_TEXT} THEN (${raw})::float8 END`;
  return sql`CASE jsonb_typeof(${raw}) WHEN 'number' THEN (${raw})::float8
    WHEN 'string' THEN CASE WHEN (${raw} #>> '{}') ~ ${NUMERIC_TEXT} THEN (${raw} #>> '{}')::float8 END END`;
}

/** The group key: NULL for no answer ("" and JSON null too), text for text kinds, the JSON value otherwise. */
export function keyValue(kind: ColumnKind, raw: SQL): SQL {
  if (kind === 'text' || kind === 'meta') return sql`NULLIF(${raw}, '')`;
  return sql`CASE WHEN ${raw} IN ('null'::jsonb, '""'::jsonb) THEN NULL ELSE ${raw} END`;
}

/** One row per value of a select_multiple used as a disaggregation (the registry's profiles); no answer: one NULL row. */
export function expandedKey(raw: SQL): SQL {
  return sql`jsonb_array_elements_text(CASE WHEN jsonb_typeof(${raw}) = 'array' AND jsonb_array_length(${raw}) > 0 THEN ${raw} ELSE '[null]'::jsonb END)`;
}

/** isAnswered() over a projected value. */
export function answered(kind: ColumnKind, value: SQL): SQL {
  if (kind === 'text' || kind === 'meta') return sql`(${value} <> '')`;
  return sql`(${value} <> 'null'::jsonb AND ${value} <> '""'::jsonb)`;
}

const numericValues = (values: readonly string[]) => values.filter((v) => v.trim() !== '' && Number.isFinite(Number(v))).map(Number);

/**
 * matcherOf(values)(answer): `value` is the projected raw value, `number` its numberValue.
 * Arrays match when any element is among the values; numbers compare as numbers; text as text.
 */
export function matches(kind: ColumnKind, value: SQL, number: SQL, values: readonly string[]): SQL {
  const numbers = numericValues(values);
  const numberMatch = numbers.length ? sql`${number} IN (${numberList(numbers)})` : sql`FALSE`;
  switch (kind) {
    case 'text':
    case 'meta':
      return sql`(${value} IN (${textList(values)}))`;
    case 'multi':
      return sql`(${value} ?| ARRAY[${textList(values)}])`;
    case 'number':
      return sql`(jsonb_typeof(${value}) = 'number' AND ${numberMatch} OR jsonb_typeof(${value}) = 'string' AND (${value} #>> '{}') IN (${textList(values)}))`;
    case 'json':
      return sql`(jsonb_typeof(${value}) = 'number' AND ${numberMatch} OR jsonb_typeof(${value}) = 'string' AND (${value} #>> '{}') IN (${textList(values)})
        OR jsonb_typeof(${value}) = 'array' AND ${value} ?| ARRAY[${textList(values)}])`;
  }
}

/** textOf(answer) equals one category (distributions of single answers); arrays: the category is ticked. */
export function isCategory(kind: ColumnKind, value: SQL, category: string): SQL {
  if (kind === 'text' || kind === 'meta') return sql`(${value} = ${param(category)})`;
  if (kind === 'multi') return sql`(${value} ? ${param(category)})`;
  return sql`(CASE WHEN jsonb_typeof(${value}) = 'array' THEN ${value} ? ${param(category)} ELSE (${value} #>> '{}') = ${param(category)} END)`;
}

/** An answered row none of whose categories is listed: the plan must learn more categories first. */
export function isOtherCategory(kind: ColumnKind, value: SQL, categories: readonly string[]): SQL {
  if (categories.length === 0) return answered(kind, value);
  if (kind === 'text' || kind === 'meta') return sql`(${answered(kind, value)} AND ${value} NOT IN (${textList(categories)}))`;
  const listed = sql`${JSON.stringify(categories)}::jsonb`;
  return sql`(${answered(kind, value)} AND CASE WHEN jsonb_typeof(${value}) = 'array' THEN NOT (${value} <@ ${listed})
    ELSE (${value} #>> '{}') NOT IN (${textList(categories)}) END)`;
}

/** The answer as category text, for discovering categories in first-seen order. */
export function categoryTexts(kind: ColumnKind, column: string): SQL {
  const raw = rawValue(kind, column);
  if (kind === 'text' || kind === 'meta') return sql`NULLIF(${raw}, '')`;
  return sql`CASE WHEN jsonb_typeof(${raw}) = 'array' THEN NULL WHEN ${raw} IN ('null'::jsonb, '""'::jsonb) THEN NULL ELSE ${raw} #>> '{}' END`;
}
