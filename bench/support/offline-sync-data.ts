/**
 * A field day's outbox for the offline-sync benchmark: the real app on an in-memory PGlite (the
 * embedded default a field office runs), an association with a promoter signed in, reference
 * prices and a plant, and 500 queued records made as the offline forms make them: women
 * registered, ore lots of theirs, and sales of those lots, each with a client-made UUIDv7.
 */
import { PGlite } from '@electric-sql/pglite';
import { uuidv7 } from 'uuidv7';
import { loadConfig } from '../../src/config.ts';
import { createContext, createHttpApp } from '../../src/context.ts';
import { PGLITE_EXTENSIONS } from '../../src/db/client.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { createUser } from '../../src/services/accounts/users.service.ts';
import { queuedItem, type OutboxItem } from '../../web/offline/outbox-state.ts';

export interface SyncTarget {
  /** The app's own fetch (no socket: the link is emulated by the client). */
  fetch: (request: Request) => Response | Promise<Response>;
  cookie: string;
  csrf: string;
  ananea: string;
  plant: string;
  close(): Promise<void>;
}

const PASSWORD = 'a-long-bench-passphrase';
const CLOCK = new Date('2026-03-01T12:00:00Z');

export async function openSyncTarget(): Promise<SyncTarget> {
  const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const ctx = await createContext({ ...loadConfig({}), logLevel: 'silent' }, { pglite, command: 'bench', clock: () => CLOCK });
  const app = createHttpApp(ctx, undefined);
  const repos = ctx.services.store.repos;
  const ids = { national: uuidv7(), ananea: uuidv7(), plant: uuidv7() };
  await repos.organisations.insert({ id: ids.national, name: 'Red Nacional de Mujeres Mineras', kind: 'national_network', parentId: null });
  await repos.organisations.insert({ id: ids.ananea, name: 'Asociación de Pallaqueras Ananea', kind: 'selectors_association', parentId: ids.national });
  await repos.organisations.insert({ id: ids.plant, name: 'Planta Santa Rosa', kind: 'processing_plant', parentId: null });
  await repos.prices.upsertMany([
    { series: 'gold_usd_per_oz', date: '2026-02-20', value: 2900, period: 'day', source: 'bench', recorded_by: null },
    { series: 'pen_per_usd', date: '2026-02-20', value: 3.7, period: 'day', source: 'bench', recorded_by: null },
  ]);
  await createUser(ctx.services, { actor: CLI_ACTOR, requestId: null }, {
    username: 'promotora.bench', role: 'promoter', password: PASSWORD, display_name: 'Promotora', organisation_id: ids.ananea, person_id: null,
  });
  const login = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'promotora.bench', password: PASSWORD }) });
  if (login.status !== 200) throw new Error(`bench login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrf_token } = (await login.json()) as { csrf_token: string };
  return { fetch: (request) => app.fetch(request), cookie, csrf: csrf_token, ananea: ids.ananea, plant: ids.plant, close: () => ctx.close() };
}

const GIVEN = ['Rosa', 'Juana', 'Elena', 'Marisol', 'Nélida', 'Eva', 'Lucía', 'Hilda', 'Maruja', 'Yeni', 'Flor', 'Norma'];
const SURNAMES = ['Quispe', 'Mamani', 'Apaza', 'Condori', 'Huanca', 'Ticona', 'Choque', 'Cutipa', 'Ccama', 'Pari', 'Yupanqui', 'Vilca'];
let dni = 41_000_000;

/** `count` records in queue order: per woman, her registration, then (four times in five) a lot of hers, then (two times in three) a sale of it. */
export function fieldDayOutbox(target: SyncTarget, count: number): OutboxItem[] {
  const items: OutboxItem[] = [];
  const queue = (url: string, body: Record<string, unknown>) =>
    items.push(queuedItem({ id: uuidv7(), kind: 'field', owner: 'promotora', method: 'POST', url, body }, CLOCK));
  for (let i = 0; items.length < count; i++) {
    const person = uuidv7();
    dni += 13;
    queue('/api/people', {
      id: person, id_type: 'dni', id_number: String(dni), given_names: GIVEN[i % GIVEN.length], paternal_surname: SURNAMES[(i * 5) % SURNAMES.length],
      maternal_surname: SURNAMES[(i * 7 + 3) % SURNAMES.length], sex: 'female', birth_date: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`,
      phone: `9${String(51_000_000 + i * 37)}`, profiles: ['pallaquera'], organisation_id: target.ananea, on_dni_taken: 'review',
    });
    if (items.length >= count || i % 5 === 4) continue;
    const lot = uuidv7();
    queue('/api/lots', { id: lot, owner_person_id: person, season_from: '2026-01-05', season_to: '2026-02-15', bags: 20, grade_g_per_t: 9.5 });
    if (items.length >= count || i % 3 === 2) continue;
    queue('/api/sales', {
      id: uuidv7(), sold_on: '2026-02-25', buyer_organisation_id: target.plant, kind: 'ore_to_plant', lots: [{ lot_id: lot, weight_kg: 1000 }],
      grade_g_per_t: 9.5, recovery: 0.9, processing_fee_pen_per_t: 300, paid_pen: 2400, receipt_number: `001-${4500 + i}`,
    });
  }
  return items;
}
