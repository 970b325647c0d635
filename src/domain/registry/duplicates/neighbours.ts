/**
 * Ranks a person's candidate duplicates by how many match keys they share with her (true
 * duplicates share a median of 4, sisters and namesakes 1–2), from the key holders the
 * database returns. Shared by the check on create and edit and by bulk imports.
 */
export const NEIGHBOURS_PER_PERSON = 50;

/** Key → the people holding it, from (key, personId) rows. */
export function groupHolders(rows: readonly { key: string; personId: string }[]): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const { key, personId } of rows) {
    const list = holders.get(key);
    if (list) list.push(personId);
    else holders.set(key, [personId]);
  }
  return holders;
}

/** The people sharing most keys with `personId`, best first, at most `limit`. */
export function rankNeighbours(personId: string, keys: readonly string[], holders: ReadonlyMap<string, readonly string[]>, limit = NEIGHBOURS_PER_PERSON): string[] {
  const shared = new Map<string, number>();
  for (const key of new Set(keys)) for (const other of holders.get(key) ?? []) if (other !== personId) shared.set(other, (shared.get(other) ?? 0) + 1);
  return [...shared.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
}
