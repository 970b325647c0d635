/**
 * The searches of the 100k search figure: what registry staff type (a common surname, a given
 * name and a surname, a DNI, a district), each as a network-wide admin (scope all) and as a Puno
 * coordinator (her subtree: half the registry). The app side is searchPeople, as the API calls
 * it (scope resolution, the repository's page query and its count). The baseline is one
 * hand-written SELECT with the same filters and scope on the raw driver, LIMIT 50 with neither
 * ORDER BY nor a total: the least a database must do to show a first page of those people.
 */
import { PersonSearch } from '../../src/contracts/registry.ts';
import type { Actor } from '../../src/domain/auth/actor.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { createStore } from '../../src/db/store.ts';
import type { ServiceDeps } from '../../src/services/deps.ts';
import { searchPeople } from '../../src/services/registry/people.service.ts';
import type { PersonRow } from './registry-data.ts';
import type { RegistryEngine } from './registry-engine.ts';
import type { RegistryOrgs } from './registry-load.ts';

export type ScopeKey = 'all' | 'subtree';

export interface SearchCase {
  /** Short stable name used in figure names. */
  key: string;
  query: PersonSearch;
  /** WHERE conditions of the baseline (merged_into_id and scope are added) and their parameters. */
  where: string[];
  params: unknown[];
}

const SUMMARY = `p.id, p.given_names, p.paternal_surname, p.maternal_surname, p.sex, p.district, p.profiles,
  CASE WHEN p.id_number IS NULL THEN NULL ELSE right(p.id_number, 3) END AS id_number_last3`;

/** The searches, with a DNI that exists in the registry (the middle person who has one). */
export function searchCases(rows: readonly PersonRow[]): SearchCase[] {
  const withDni = rows.filter((r) => r.id_type === 'dni');
  const dni = withDni[Math.floor(withDni.length / 2)]!.id_number as string;
  return [
    { key: 'surname', query: PersonSearch.parse({ q: 'quispe' }), where: ['p.full_name_key LIKE $1'], params: ['%quispe%'] },
    { key: 'given_surname', query: PersonSearch.parse({ q: 'rosa mamani' }), where: ['p.full_name_key LIKE $1', 'p.full_name_key LIKE $2'], params: ['%rosa%', '%mamani%'] },
    { key: 'dni', query: PersonSearch.parse({ dni }), where: ["p.id_type = 'dni'", 'p.id_number = $1'], params: [dni] },
    { key: 'district', query: PersonSearch.parse({ district: '211002' }), where: ['p.district LIKE $1'], params: ['211002%'] },
  ];
}

export interface Searcher {
  app(c: SearchCase, scope: ScopeKey): Promise<unknown>;
  baseline(c: SearchCase, scope: ScopeKey): Promise<unknown>;
}

/** Binds both sides to an engine: the service with its real store, the SQL on the raw driver. */
export function createSearcher(engine: RegistryEngine, orgs: RegistryOrgs): Searcher {
  const deps: ServiceDeps = { store: createStore(engine.database.db), clock: () => new Date(), settings: { sessionIdleMinutes: 30 } };
  const coordinator: Actor = { type: 'user', id: '00000000-0000-7000-8000-000000000001', role: 'coordinator', organisationId: orgs.puno };
  const actors: Record<ScopeKey, Actor> = { all: CLI_ACTOR, subtree: coordinator };
  const subtree = [orgs.puno, orgs.ananea];
  return {
    app: (c, scope) => searchPeople(deps, { actor: actors[scope], requestId: null }, c.query),
    baseline: (c, scope) => {
      const where = ['p.merged_into_id IS NULL', ...c.where];
      const params = [...c.params];
      if (scope === 'subtree') {
        params.push(subtree);
        where.push(`EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.organisation_id = ANY($${params.length}::uuid[]))`);
      }
      return engine.raw(`SELECT ${SUMMARY} FROM people p WHERE ${where.join(' AND ')} LIMIT 50`, params);
    },
  };
}
