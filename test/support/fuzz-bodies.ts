/**
 * Valid base requests for the deep fuzz, one per JSON write route of the OpenAPI document,
 * keyed like the document ("POST /api/people/{id}/consents"): the registry, production, sites,
 * services, PPE, mercury, indicators and accounts here; referrals, savings, trainings, plans and
 * statements in fuzz-bodies-modules.ts. `prepare` runs before every fuzzed request (outside the
 * row-count probe), so a route that changes state (close, withdraw, end, a version) gets a fresh
 * target each time and the hostile field is judged on a request that would otherwise succeed.
 */
import { uuidv7 } from 'uuidv7';
import { PASSWORD, type Session } from './app.ts';
import { newWoman, send, type FuzzWorld } from './fuzz-fixture.ts';
import { lotBody, saleBody } from './production.ts';
import { personBody } from './registry.ts';

export interface Prepared {
  path: string;
  body: Record<string, unknown>;
  /** The caller; the admin when absent. */
  session?: Session;
}

export interface BaseRequest {
  prepare(w: FuzzWorld): Prepared | Promise<Prepared>;
  /** Fuzzed requests out of every 30 of the other routes: fewer where preparing one is costly (a login, several requests). */
  runs?: number;
}

let counter = 0;
/** A name nobody has used yet in this run (usernames, codes). */
export const unique = (prefix: string) => `${prefix}${++counter}`;

const personVersion = async (w: FuzzWorld) => (await send(w.t, w.n.admin, 'GET', `/api/people/${w.woman}`)).person.version as number;
const point = { name: 'CEM Ananea', kind: 'cem', district: '211002', lat: -14.68, lon: -69.53, phones: ['(051) 123456'] };
const evaluation = (personId: string) => ({
  id: uuidv7(), person_id: personId, sample_type: 'blood', unit: 'ug_l', value: 6, sampled_on: '2026-02-10', laboratory: 'Laboratorio Regional Puno', method: 'CV-AAS',
});

export const CORE_BODIES: Record<string, BaseRequest> = {
  'POST /api/people': { prepare: (w) => ({ path: '/api/people', body: personBody({ organisation_id: w.n.ananea, phone: '987654321' }) }) },
  'PATCH /api/people/{id}': { prepare: async (w) => ({ path: `/api/people/${w.woman}`, body: { version: await personVersion(w), given_names: 'Rosa', phone: '987654321', dependants: 2 } }) },
  'POST /api/organisations': { prepare: () => ({ path: '/api/organisations', body: { id: uuidv7(), kind: 'processing_plant', name: 'Planta', mercury_free: true, recpo_code: 'RECPO-1' } }) },
  'PATCH /api/organisations/{id}': {
    prepare: async (w) => {
      const { organisation } = await send(w.t, w.n.admin, 'POST', '/api/organisations', { kind: 'selectors_association', name: 'Asociación Virgen del Carmen', parent_id: w.n.puno });
      return { path: `/api/organisations/${organisation.id}`, body: { version: 1, name: 'Asociación Virgen del Carmen de Ananea', gender_equity_statutes: true } };
    },
  },
  'POST /api/memberships': { prepare: (w) => ({ path: '/api/memberships', body: { id: uuidv7(), person_id: w.woman, organisation_id: w.n.ananea, role: 'member', from_date: '2026-01-01' } }) },
  'POST /api/memberships/{id}/end': {
    prepare: async (w) => {
      const { membership } = await send(w.t, w.n.admin, 'POST', '/api/memberships', { id: uuidv7(), person_id: w.woman, organisation_id: w.n.ananea, role: 'member', from_date: '2026-01-01' });
      return { path: `/api/memberships/${membership.id}/end`, body: { to_date: '2026-02-28' } };
    },
  },
  'POST /api/duplicates/{id}': {
    runs: 15,
    prepare: async (w) => {
      // Each pair is born on its own day, so it matches only itself.
      const born = new Date(Date.UTC(1960, 0, 1) + Number(unique('')) * 86_400_000).toISOString().slice(0, 10);
      const a = await newWoman(w, { given_names: 'Nélida', paternal_surname: 'Apaza', maternal_surname: 'Ticona', birth_date: born });
      const b = await newWoman(w, { id_type: 'none', id_number: null, id_none_reason: 'lost', given_names: 'Nelida', paternal_surname: 'Ticona', maternal_surname: 'Apaza', birth_date: born });
      const pending: { id: string; a: { id: string }; b: { id: string } }[] = (await send(w.t, w.n.admin, 'GET', '/api/duplicates')).items;
      const pair = pending.find((p) => [p.a.id, p.b.id].includes(b));
      if (!pair) throw new Error('no duplicate pair flagged');
      // Pairs left pending by refused decisions would crowd the queue's first page: settle them.
      for (const old of pending.filter((p) => p !== pair)) await w.t.request('POST', `/api/duplicates/${old.id}`, { session: w.n.admin, body: { decision: 'distinct' } });
      return { path: `/api/duplicates/${pair.id}`, body: { decision: 'merge', keep_id: a } };
    },
  },
  'POST /api/people/{id}/consents': { prepare: (w) => ({ path: `/api/people/${w.woman}/consents`, body: { purpose: 'statistics', given_on: '2026-02-01', method: 'verbal_with_witness', witness_name: 'Testigo Mamani' } }) },
  'POST /api/people/{id}/consents/{consentId}/withdraw': {
    prepare: async (w) => {
      const { consent } = await send(w.t, w.n.admin, 'POST', `/api/people/${w.woman}/consents`, { purpose: 'statistics', given_on: '2026-02-01', method: 'verbal_with_witness', witness_name: 'Testigo Mamani' });
      return { path: `/api/people/${w.woman}/consents/${consent.id}/withdraw`, body: { withdrawn_on: '2026-02-20' } };
    },
  },
  'POST /api/people/{id}/cancellation': {
    prepare: async (w) => ({ path: `/api/people/${await newWoman(w)}/cancellation`, body: { requested_on: '2026-02-28', legal_basis: 'Ley 29733 art. 20: solicitud escrita de la titular' } }),
  },
  'POST /api/sites': { prepare: () => ({ path: '/api/sites', body: { name: 'Relave Ana María', district: '211002', lat: -14.62, lon: -69.43, concession_code: '010001504' } }) },
  'PATCH /api/sites/{id}': {
    prepare: async (w) => {
      const { site } = await send(w.t, w.n.admin, 'POST', '/api/sites', { name: 'Relave Ana María', district: '211002', lat: -14.62, lon: -69.43 });
      return { path: `/api/sites/${site.id}`, body: { version: 1, name: 'Lavadero La Rinconada', lat: -14.62, lon: -69.44, concession_code: '010001504' } };
    },
  },
  'POST /api/sites/{id}/authorisations': { prepare: (w) => ({ path: `/api/sites/${w.site}/authorisations`, body: { person_id: w.woman, kind: 'verbal', from_date: '2026-01-10', to_date: '2026-02-28', document_ref: 'Acta 12' } }) },
  'POST /api/lots': { prepare: (w) => ({ path: '/api/lots', body: lotBody(w.woman) }) },
  'PATCH /api/lots/{id}': {
    prepare: async (w) => {
      const lot = lotBody(w.woman);
      await send(w.t, w.n.admin, 'POST', '/api/lots', lot);
      return { path: `/api/lots/${lot.id}`, body: { version: 1, bags: 30, weight_kg: 1980.5, status: 'stored' } };
    },
  },
  'POST /api/sales': { prepare: (w) => ({ path: '/api/sales', body: saleBody(w.lot, w.plant, { lots: [{ lot_id: w.lot, weight_kg: 1 }] }) }) },
  'POST /api/prices': { prepare: () => ({ path: '/api/prices', body: { date: '2026-02-21', usd_per_oz: 2950.5, pen_per_usd: 3.71, source: 'BCRP' } }) },
  'POST /api/ppe/stock': { prepare: (w) => ({ path: '/api/ppe/stock', body: { id: uuidv7(), organisation_id: w.n.ananea, item_id: w.ppeItem, quantity: 10, received_on: '2026-02-20', source: 'Donación' } }) },
  'POST /api/ppe/distributions': {
    prepare: (w) => ({ path: '/api/ppe/distributions', body: { id: uuidv7(), organisation_id: w.n.ananea, person_id: w.woman, distributed_on: '2026-02-10', source: 'Donación', items: [{ item_id: w.ppeItem, quantity: 1 }] } }),
  },
  'POST /api/services': { prepare: () => ({ path: '/api/services', body: { ...point, name: unique('CEM Ananea ') } }) },
  'PATCH /api/services/{id}': {
    prepare: async (w) => {
      const { service } = await send(w.t, w.n.admin, 'POST', '/api/services', { ...point, name: unique('Comisaría ') });
      return { path: `/api/services/${service.id}`, body: { version: 1, name: 'CEM Ananea (sede nueva)', phones: ['(051) 654321'] } };
    },
  },
  'POST /api/mercury/evaluations': { prepare: (w) => ({ path: '/api/mercury/evaluations', session: w.healthWorker, body: { ...evaluation(w.woman), symptoms: ['tremor'] } }) },
  'PUT /api/mercury/thresholds/{key}': {
    prepare: async (w) => {
      const { items } = await send(w.t, w.n.admin, 'GET', '/api/mercury/thresholds');
      const blood = items.find((x: { key: string }) => x.key === 'blood_ug_l');
      return { path: '/api/mercury/thresholds/blood_ug_l', body: { reference: blood.reference, alert: blood.alert, source: 'OMS 2021', version: blood.version } };
    },
  },
  'POST /api/indicators': {
    prepare: () => ({ path: '/api/indicators', body: { source: { registry: true }, spec: { suppress_below: 0, indicators: [{ id: 'pal', type: 'proportion', question: 'profile', values: ['pallaquera'] }] }, by: ['profile'] } }),
  },
  'POST /api/sync': { prepare: (w) => ({ path: '/api/sync', body: { items: [{ id: uuidv7(), method: 'POST', path: '/api/people', body: personBody({ organisation_id: w.n.ananea }) }] } }) },
  'POST /api/users': { prepare: (w) => ({ path: '/api/users', body: { username: unique('maria.mamani'), display_name: 'María Mamani Quispe', password: PASSWORD, role: 'promoter', organisation_id: w.n.ananea } }) },
  'POST /api/api-keys': { prepare: () => ({ path: '/api/api-keys', body: { name: 'Caja Arequipa', role: 'coordinator', scopes: ['users.list'] } }) },
  'POST /api/auth/login': { prepare: () => ({ path: '/api/auth/login', body: { username: 'fz.login', password: PASSWORD } }) },
};
