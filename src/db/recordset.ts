/**
 * Bulk statements for imports that carry a whole batch in one value each way: rows in as a
 * JSON array read by json_populate_recordset, key lists in as a JSON array read by
 * json_array_elements_text, large results out as one json_agg text. Drizzle's
 * insert().values() and IN (…) lists bind one parameter per value, and building those costs
 * more JavaScript (about 50 µs per person row) than the database spends storing the row; PGlite
 * decodes a result row by row, about 15 µs for a row of ten columns, where one JSON.parse of
 * the same rows costs a tenth of that. Both drivers take the same SQL, so PGlite and
 * PostgreSQL still share one code path.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.ts';

export interface RecordsetOptions {
  /** ON CONFLICT DO NOTHING: rows that break a unique index are skipped, not an error. */
  skipConflicts?: boolean;
  /** Insert in array order (identity columns then number the rows in that order). */
  keepOrder?: boolean;
}

/**
 * Inserts `rows` into `table` in one statement. Each listed column takes the row's key of the
 * same name (NULL when the key is absent; unlisted columns take their defaults). Values are
 * what JSON can say: strings for dates and timestamps, arrays for array columns, nested
 * objects for jsonb.
 * @example await insertRecordset(db, 'memberships', ['id', 'person_id'], [{ id, person_id }])
 */
export async function insertRecordset(db: Db, table: string, columns: readonly string[], rows: readonly object[], opts: RecordsetOptions = {}): Promise<void> {
  if (rows.length === 0) return;
  const list = sql.join(columns.map((c) => sql.identifier(c)), sql`, `);
  const source = sql`json_populate_recordset(NULL::${sql.identifier(table)}, ${JSON.stringify(rows)}::json)`;
  const select = opts.keepOrder
    ? sql`SELECT ${list} FROM ${source} WITH ORDINALITY AS r ORDER BY r.ordinality`
    : sql`SELECT ${list} FROM ${source}`;
  await db.execute(sql`INSERT INTO ${sql.identifier(table)} (${list}) ${select}${opts.skipConflicts ? sql` ON CONFLICT DO NOTHING` : sql``}`);
}

/**
 * `values` as one parameter, for `column IN (${listOf(values, 'uuid')})`: a set the planner
 * joins by index, however long the list.
 */
export function listOf(values: readonly string[], type: 'text' | 'uuid'): SQL {
  return sql`SELECT value::${sql.raw(type)} FROM json_array_elements_text(${JSON.stringify(values)}::json)`;
}

/**
 * Rows as tuples decoded from one json_agg text: `tuple` is a json_build_array(…) of the
 * columns wanted, `from` the rest of the query. Dates arrive as 'YYYY-MM-DD', uuids as strings,
 * arrays as arrays (timestamps would arrive in PostgreSQL's JSON form: select them ::text).
 * @example await selectTuples<[string, string]>(db, sql`json_build_array(key, person_id)`, sql`FROM person_match_keys`)
 */
export async function selectTuples<T extends unknown[]>(db: Db, tuple: SQL, from: SQL): Promise<T[]> {
  const result = (await db.execute(sql`SELECT coalesce(json_agg(${tuple}), '[]')::text AS rows ${from}`)) as unknown as { rows: { rows: string }[] };
  return JSON.parse(result.rows[0]!.rows) as T[];
}
