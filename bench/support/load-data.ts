/**
 * What the load benchmark's sessions do, shared by the target (which seeds with it) and the
 * client: the seed file's shape, a woman's registration, and each session's cycle of ten
 * requests — four searches and four record reads (80 % reads) and two registrations. Each
 * session walks its own offset into the seeded women, so reads spread over the table.
 */
import { uuidv7 } from 'uuidv7';
import type { PersonInput } from '../../src/contracts/registry.ts';

export const LOAD_SESSIONS = 200;

export interface LoadSeed {
  organisationId: string;
  sessions: { cookie: string; csrf: string }[];
  people: string[];
}

export type LoadKind = 'read' | 'write';

export interface PlannedRequest {
  kind: LoadKind;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

const GIVEN = ['Rosa', 'Juana', 'Elena', 'Marisol', 'Nélida', 'Eva', 'Lucía', 'Hilda', 'Maruja', 'Yeni', 'Flor', 'Norma'];
const SURNAMES = ['Quispe', 'Mamani', 'Apaza', 'Condori', 'Huanca', 'Ticona', 'Choque', 'Cutipa', 'Ccama', 'Pari', 'Yupanqui', 'Vilca'];

/** A woman's registration with a unique 8-digit DNI made from `n`. */
export function personInput(organisationId: string, n: number): PersonInput {
  return {
    id: uuidv7(), id_type: 'dni', id_number: String(n).padStart(8, '0').slice(-8),
    given_names: GIVEN[n % GIVEN.length]!, paternal_surname: SURNAMES[n % SURNAMES.length]!, maternal_surname: SURNAMES[(n >> 3) % SURNAMES.length]!,
    sex: 'female', birth_date: '1984-07-15', district: '211002', profiles: ['pallaquera'], languages: ['qu', 'es'], organisation_id: organisationId,
  } as PersonInput;
}

/**
 * The `step`-th request of session `session`. DNIs of registrations made under load start at
 * 50,000,000 and are unique per (session, step), so no write is refused as a duplicate.
 */
export function plannedRequest(seed: LoadSeed, session: number, step: number): PlannedRequest {
  const slot = step % 10;
  const person = seed.people[(session * 7 + step) % seed.people.length]!;
  if (slot === 4 || slot === 9) {
    const n = 50_000_000 + session * 100_000 + step;
    return { kind: 'write', method: 'POST', path: '/api/people', body: JSON.stringify(personInput(seed.organisationId, n)) };
  }
  if (slot % 2 === 0) return { kind: 'read', method: 'GET', path: `/api/people?q=${encodeURIComponent(SURNAMES[(session + step) % SURNAMES.length]!)}&limit=20` };
  return { kind: 'read', method: 'GET', path: `/api/people/${person}` };
}

/**
 * A session's pause before its next request: uniform over [0, 2 × mean) ms, from a hash of
 * (session, step) so every run offers the same load.
 */
export function thinkTime(session: number, step: number, meanMs: number): number {
  let h = Math.imul(session + 1, 0x9e3779b1) ^ Math.imul(step + 1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  return (((h ^ (h >>> 13)) >>> 0) / 2 ** 32) * 2 * meanMs;
}
