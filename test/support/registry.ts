/**
 * Registry personas and factories for integration tests: a small network (national → Puno →
 * Ananea association; national → Piura) with staff at each level, and valid person bodies.
 */
import { uuidv7 } from 'uuidv7';
import type { TestApp, Session } from './app.ts';

export interface Network {
  national: string;
  puno: string;
  ananea: string;
  piura: string;
  admin: Session;
  coordPuno: Session;
  leaderAnanea: Session;
  promoterAnanea: Session;
  coordPiura: Session;
  analyst: Session;
}

export async function buildNetwork(t: TestApp): Promise<Network> {
  const orgs = t.ctx.services.store.repos.organisations;
  const ids = { national: uuidv7(), puno: uuidv7(), ananea: uuidv7(), piura: uuidv7() };
  await orgs.insert({ id: ids.national, name: 'Red Nacional de Mujeres Mineras', kind: 'national_network', parentId: null });
  await orgs.insert({ id: ids.puno, name: 'Red Regional Puno', kind: 'regional_network', parentId: ids.national });
  await orgs.insert({ id: ids.ananea, name: 'Asociación de Pallaqueras Ananea', kind: 'selectors_association', parentId: ids.puno });
  await orgs.insert({ id: ids.piura, name: 'Red Regional Piura', kind: 'regional_network', parentId: ids.national });
  await t.createUser('net.admin', 'admin');
  await t.createUser('coord.puno', 'coordinator', { organisationId: ids.puno });
  await t.createUser('leader.ananea', 'association_leader', { organisationId: ids.ananea });
  await t.createUser('promoter.ananea', 'promoter', { organisationId: ids.ananea });
  await t.createUser('coord.piura', 'coordinator', { organisationId: ids.piura });
  await t.createUser('analyst.one', 'analyst', { organisationId: ids.national });
  return {
    ...ids,
    admin: await t.login('net.admin'),
    coordPuno: await t.login('coord.puno'),
    leaderAnanea: await t.login('leader.ananea'),
    promoterAnanea: await t.login('promoter.ananea'),
    coordPiura: await t.login('coord.piura'),
    analyst: await t.login('analyst.one'),
  };
}

let dniCounter = 40_100_000;
export function nextDni(): string {
  dniCounter += 7;
  return String(dniCounter);
}

export function personBody(extra: Record<string, unknown> = {}) {
  return {
    id: uuidv7(),
    id_type: 'dni',
    id_number: nextDni(),
    given_names: 'Rosa',
    paternal_surname: 'Quispe',
    maternal_surname: 'Mamani',
    sex: 'female',
    birth_date: '1984-07-15',
    district: '211002',
    profiles: ['pallaquera'],
    languages: ['qu', 'es'],
    ...extra,
  };
}
