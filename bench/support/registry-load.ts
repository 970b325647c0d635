/**
 * Fills a migrated database with a synthetic registry for the search, full-pass and import
 * figures: a small organisation tree (national → Puno → an association; national → Piura →
 * another), then people with their match keys, each a member of one of the two associations, so
 * a Puno coordinator's subtree scope sees about half the registry. Callers end with analyze(),
 * so plans are those of a registry that has lived a while, not of freshly loaded tables.
 */
import { uuidv7 } from 'uuidv7';
import { createStore } from '../../src/db/store.ts';
import { PERSON_COLUMNS, type Registry } from './registry-data.ts';
import type { RegistryEngine } from './registry-engine.ts';

export interface RegistryOrgs {
  national: string;
  puno: string;
  ananea: string;
  piura: string;
  chulucanas: string;
}

export interface LoadTimes {
  people_ms: number;
  keys_ms: number;
  memberships_ms: number;
}

export async function createOrgTree(engine: RegistryEngine): Promise<RegistryOrgs> {
  const orgs = createStore(engine.database.db).repos.organisations;
  const ids: RegistryOrgs = { national: uuidv7(), puno: uuidv7(), ananea: uuidv7(), piura: uuidv7(), chulucanas: uuidv7() };
  await orgs.insert({ id: ids.national, name: 'Red Nacional de Mujeres Mineras', kind: 'national_network', parentId: null });
  await orgs.insert({ id: ids.puno, name: 'Red Regional Puno', kind: 'regional_network', parentId: ids.national });
  await orgs.insert({ id: ids.ananea, name: 'Asociación de Pallaqueras Ananea', kind: 'selectors_association', parentId: ids.puno });
  await orgs.insert({ id: ids.piura, name: 'Red Regional Piura', kind: 'regional_network', parentId: ids.national });
  await orgs.insert({ id: ids.chulucanas, name: 'Asociación de Mineras Chulucanas', kind: 'selectors_association', parentId: ids.piura });
  return ids;
}

/**
 * Bulk-loads people [from, to) of the registry with their match keys and memberships (even
 * positions in the Ananea association, odd ones in Chulucanas); returns how long each part took.
 */
export async function loadPeople(engine: RegistryEngine, registry: Registry, orgs: RegistryOrgs, from = 0, to = registry.rows.length): Promise<LoadTimes> {
  const rows = registry.rows.slice(from, to);
  const people_ms = await engine.bulkLoad('people', PERSON_COLUMNS, rows);
  const keyRows = rows.flatMap((row, i) => registry.keys[from + i]!.map((key) => ({ key, person_id: row.id })));
  const keys_ms = await engine.bulkLoad('person_match_keys', ['key', 'person_id'], keyRows);
  const memberships = rows.map((row, i) => ({
    id: uuidv7(), person_id: row.id, organisation_id: (from + i) % 2 === 0 ? orgs.ananea : orgs.chulucanas, role: 'member', from_date: '2025-01-15',
  }));
  const memberships_ms = await engine.bulkLoad('memberships', ['id', 'person_id', 'organisation_id', 'role', 'from_date'], memberships);
  return { people_ms, keys_ms, memberships_ms };
}

/** Fresh planner statistics, as autovacuum would have gathered on a registry in use. */
export async function analyze(engine: RegistryEngine): Promise<void> {
  await engine.raw('ANALYZE');
}
