/**
 * Two small helpers for integration tests that seed through the API and look at the tables: a
 * request that must succeed (its JSON, or an error naming the route, status and answer), and the
 * rows of a raw query on the test's database.
 */
import type { sql } from 'drizzle-orm';
import type { Session, TestApp } from './app.ts';

/** The JSON answer of a request that must succeed; throws with the route, status and body otherwise. */
export async function okJson(t: TestApp, session: Session, method: 'POST' | 'GET', path: string, body?: unknown): Promise<any> {
  const res = await t.request(method, path, { session, ...(body === undefined ? {} : { body }) });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** The rows of a raw query. */
export async function dbRows<T>(t: TestApp, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}
