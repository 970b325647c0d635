/**
 * Maps items through an async step one at a time. Inside a database transaction every query
 * goes through one connection; firing them together with Promise.all only queues them in the
 * driver (node-postgres deprecates it, pg 9 will refuse it), so steps that query run in order.
 */
export async function mapInOrder<T, R>(items: readonly T[], step: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await step(item));
  return results;
}
