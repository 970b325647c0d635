/**
 * The PostgreSQL connection pool, made to survive the server dying under it (a crash, a
 * restart, a failover): test/integration/faults-postgres.test.ts kills the server mid-work.
 * Two gaps of the libraries are closed here:
 * - pg-pool listens for errors only on idle clients, so a client checked out for a transaction
 *   whose server dies between two statements emits an unhandled 'error' that ends the whole
 *   process. Every client gets a listener; the error reaches the transaction through its next
 *   query instead, which fails, and pg-pool drops the broken client when it is released.
 * - Drizzle's transaction() (drizzle-orm 0.45, node-postgres) sends BEGIN before its
 *   try/finally: when BEGIN fails the client is never released, and each such transaction
 *   keeps one of the pool's slots for ever, until every request waits. A BEGIN that fails as
 *   the first query of a checkout releases the client here, as broken.
 */
import pg from 'pg';

/** Clients checked out that have not run a query yet. */
const checkedOut = new WeakSet<pg.PoolClient>();
/** Clients checked out and not released (a release must happen once). */
const held = new WeakSet<pg.PoolClient>();

function isBegin(query: unknown): boolean {
  const text = typeof query === 'string' ? query : (query as { text?: unknown } | null)?.text;
  return typeof text === 'string' && /^\s*begin\b/i.test(text);
}

function guardClient(client: pg.PoolClient): void {
  client.on('error', () => {});
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const first = checkedOut.has(client);
    checkedOut.delete(client);
    const result = query(...args);
    if (first && isBegin(args[0]) && result instanceof Promise) {
      result.catch((err: Error) => held.has(client) && client.release(err));
    }
    return result;
  }) as typeof client.query;
}

export function createPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', () => {
    /* idle client errors are reported by the next query that needs a connection */
  });
  pool.on('connect', guardClient);
  pool.on('acquire', (client) => {
    checkedOut.add(client);
    held.add(client);
  });
  pool.on('release', (_err, client) => {
    checkedOut.delete(client);
    held.delete(client);
  });
  return pool;
}
