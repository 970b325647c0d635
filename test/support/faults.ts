/**
 * What the fault tests share: a generated list of people to import (seeded, realistic names,
 * about one in five without a DNI) and the questions asked of the database after a crash —
 * how many people each import batch left, whether any person lacks the rows written with her
 * (membership, match keys, audit row), whether any DNI is there twice, whether the audit chain
 * still verifies.
 */
import { sql } from 'drizzle-orm';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import type { ChainVerdict } from '../../src/domain/audit/chain.ts';
import { generatePeople, toPersonImport } from '../../src/domain/registry/duplicates/index.ts';
import type { Db } from '../../src/db/client.ts';
import { verifyAuditChain } from '../../src/services/audit/verify.service.ts';
import type { ServiceDeps } from '../../src/services/deps.ts';
import { importRowId, type ImportRow } from '../../src/services/registry/import-batch.ts';

/** `count` generated people as import rows (the shape readPeopleTable gives). */
export function importRows(count: number, seed = 10): ImportRow[] {
  return generatePeople(seed, count).map((p, i) => ({ line: i + 2, input: toPersonImport(p, i) }));
}

/**
 * Only the rows that are new women: not the same woman twice in the file (no document, same
 * name and birth date: about one in 100,000 generated rows) and no DNI already registered (a
 * random DNI meets one of the other tests' now and then). Each row kept is one new person.
 */
export async function newPeopleRows(db: Db, organisationId: string, generated: readonly ImportRow[]): Promise<ImportRow[]> {
  const registered = await rows<{ id_number: string }>(db, sql`SELECT id_number FROM people WHERE id_type = 'dni'`);
  const seenDnis = new Set(registered.map((r) => r.id_number));
  const seenIds = new Set<string>();
  return generated.filter(({ input }) => {
    const id = importRowId(organisationId, input);
    const dni = input.id_type === 'dni' ? input.id_number : null;
    if (seenIds.has(id) || (dni && seenDnis.has(dni))) return false;
    seenIds.add(id);
    if (dni) seenDnis.add(dni);
    return true;
  });
}

/** The ids the import gives the rows (stable, so a re-run finds the same people). */
export function rowIds(organisationId: string, rows: readonly ImportRow[]): string[] {
  return rows.map((r) => importRowId(organisationId, r.input));
}

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Of these person ids, which are in the registry. */
export async function presentIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const found = await rows<{ id: string }>(db, sql`SELECT id::text AS id FROM people WHERE id = ANY(${sql.raw(`ARRAY[${ids.map((id) => `'${id}'`).join(',')}]::uuid[]`)})`);
  return new Set(found.map((r) => r.id));
}

/** How each stored person stands: people without their membership, match keys or create audit row, DNIs held twice. */
export async function registryHealth(db: Db) {
  const [counts] = await rows<Record<string, string>>(db, sql`SELECT
    (SELECT count(*) FROM people) AS people,
    (SELECT count(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id)) AS without_membership,
    (SELECT count(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM person_match_keys k WHERE k.person_id = p.id)) AS without_keys,
    (SELECT count(*) FROM people p WHERE (SELECT count(*) FROM audit_log a WHERE a.entity = 'person' AND a.action = 'create' AND a.entity_id = p.id::text) <> 1) AS without_one_audit_row,
    (SELECT count(*) FROM audit_log a WHERE a.entity = 'person' AND a.action = 'create' AND NOT EXISTS (SELECT 1 FROM people p WHERE p.id::text = a.entity_id)) AS audit_rows_without_person,
    (SELECT count(*) FROM (SELECT id_number FROM people WHERE id_number IS NOT NULL GROUP BY id_type, id_number HAVING count(*) > 1) d) AS repeated_documents`);
  return Object.fromEntries(Object.entries(counts!).map(([k, v]) => [k, Number(v)])) as Record<
    'people' | 'without_membership' | 'without_keys' | 'without_one_audit_row' | 'audit_rows_without_person' | 'repeated_documents', number>;
}

/** What a healthy registry of `people` people answers. */
export const healthy = (people: number) => ({
  people, without_membership: 0, without_keys: 0, without_one_audit_row: 0, audit_rows_without_person: 0, repeated_documents: 0,
});

/** `pallay audit verify`'s verdict. */
export function verifyChain(deps: ServiceDeps): Promise<ChainVerdict> {
  return verifyAuditChain(deps, { actor: CLI_ACTOR, requestId: null });
}
