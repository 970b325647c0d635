/**
 * Regressions found by the fuzz suites, each pinned by a small deterministic test: a NUL byte
 * (or another control character) in a search string used to reach PostgreSQL, which refuses
 * NUL in text, and answer 500; now every search parameter refuses it with a 400 naming `q`.
 * The same for the `file_name` of an upload (kept in the audit log): a 500 on plan import.
 * And for the optional free-text fields that may be empty, so were not SafeText: a person's
 * maternal surname (create and correct), a programme's description and a training session's
 * place answered 500 to a NUL (found by the NUL sweep of fuzz-api-deep); now a 400 naming it.
 * A NUL anywhere in a plan indicator's live query (stored as jsonb, which refuses it) was a 500
 * on plan import; now a 400 naming `indicators.N.query`. A NUL in a workbook cell (typed, or
 * written `_x0000_`, which the reader decodes) was a 500 on XLSForm upload and on survey
 * responses from .xlsx; now the form is refused naming sheet, row and column, and a table file
 * is refused like a CSV with a NUL byte (`file.binary`), naming the cell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { TEMPLATE_BYTES, regionalPlan, uploadPlan } from '../support/plans.ts';
import { personBody } from '../support/registry.ts';
import { uuidv7 } from 'uuidv7';
import { makeXlsx } from '../../src/services/files/fixtures/make-xlsx.ts';
import { rowCounts } from '../support/fuzz.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('fuzz.admin', 'admin');
  admin = await t.login('fuzz.admin');
});
afterAll(() => t?.close());

const UPLOADS = ['/api/plans/import?', '/api/people/import?organisation_id=01890a5d-ac96-774b-bcce-b302099a8057&', '/api/forms?',
  '/api/forms/01890a5d-ac96-774b-bcce-b302099a8057/responses?', '/api/savings/cycles/01890a5d-ac96-774b-bcce-b302099a8057/import?'];

const SEARCHES = ['/api/places', '/api/people', '/api/organisations', '/api/services', '/api/sites'];

describe('control characters in search strings', () => {
  it.each(SEARCHES)('%s?q=<NUL> is a 400 naming q, not a 500', async (path) => {
    for (const q of ['%00', 'a%00b', '%1B[31m']) {
      const res = await t.request('GET', `${path}?q=${q}`, { session: admin });
      expect(res.status, `${path}?q=${q}: ${await res.clone().text()}`).toBe(400);
      expect((await res.json()).details.map((d: { path: string }) => d.path)).toEqual(['q']);
    }
  });

  it.each(SEARCHES)('%s?q= with ordinary text still searches', async (path) => {
    expect((await t.request('GET', `${path}?q=${encodeURIComponent("Ñaupari '; DROP TABLE people; --")}`, { session: admin })).status).toBe(200);
  });
});

describe('control characters in an upload file name', () => {
  it.each(UPLOADS)('%sfile_name=<NUL> is a 400 naming file_name, and nothing is imported', async (path) => {
    const res = await t.request('POST', `${path}file_name=plan%00.json`, { session: admin, rawBody: TEMPLATE_BYTES, headers: { 'content-type': 'application/octet-stream' } });
    expect(res.status, await res.clone().text()).toBe(400);
    expect((await res.json()).details.map((d: { path: string }) => d.path)).toEqual(['file_name']);
  });

  it('an ordinary file name still imports', async () => {
    const res = await t.request('POST', '/api/plans/import?file_name=plan%20regional.json', { session: admin, rawBody: TEMPLATE_BYTES, headers: { 'content-type': 'application/octet-stream' } });
    expect(res.status, await res.clone().text()).toBe(200);
  });
});

describe('NUL in other free-text parameters', () => {
  it('is refused or not found, never a 500', async () => {
    const plan = await (await t.request('POST', '/api/plans/import?file_name=p.json', { session: admin, rawBody: TEMPLATE_BYTES, headers: { 'content-type': 'application/octet-stream' } })).json();
    for (const path of ['/api/people?phone=%00', '/api/verify/%00%00%00%00%00%00%00%00', '/verify/%00%00%00%00%00%00%00%00', `/api/plans/${plan.plan_id}?entity=%00`,
      `/api/plans/${plan.plan_id}?level=%00`, '/api/mercury/thresholds/%00', '/api/people?dni=%00']) {
      const method = path.startsWith('/api/mercury') ? 'PUT' : 'GET';
      const res = await t.request(method, path, { session: admin, body: method === 'PUT' ? { value: 1 } : undefined });
      expect(res.status, `${path}: ${await res.text()}`).toBeLessThan(500);
    }
  });
});

describe('NUL in optional free text that may be empty', () => {
  const refused = async (method: string, path: string, body: unknown, field: string) => {
    const res = await t.request(method, path, { session: admin, body });
    expect(res.status, `${path} ${field}: ${await res.clone().text()}`).toBe(400);
    expect((await res.json()).details.map((d: { path: string }) => d.path)).toEqual([field]);
  };

  const org = uuidv7();
  beforeAll(() => t.ctx.services.store.repos.organisations.insert({ id: org, name: 'Asociación Ananea', kind: 'selectors_association', parentId: null }));

  it('a person\'s maternal surname is refused on create and on correction; empty is still fine', async () => {
    await refused('POST', '/api/people', personBody({ organisation_id: org, maternal_surname: 'Ma\u0000mani' }), 'maternal_surname');
    const person = personBody({ organisation_id: org, maternal_surname: '' });
    expect((await t.request('POST', '/api/people', { session: admin, body: person })).status).toBe(201);
    await refused('PATCH', `/api/people/${person.id}`, { version: 1, maternal_surname: '\u0000' }, 'maternal_surname');
  });

  it('a programme\'s description and a training session\'s place are refused; empty is still fine', async () => {
    await refused('POST', '/api/programmes', { name: 'Liderazgo', description: 'a\u0000b', modules: [{ title: 'Autoestima' }] }, 'description');
    const created = await t.request('POST', '/api/programmes', { session: admin, body: { name: 'Liderazgo', description: ' ', modules: [{ title: 'Autoestima' }] } });
    expect(created.status).toBe(201);
    const { programme } = await created.json();
    const session = { programme_id: programme.id, module_id: programme.modules[0].id, held_on: '2026-02-20', facilitator: 'Elena Ccama', organisation_id: org };
    await refused('POST', '/api/training-sessions', { ...session, place: 'Local\u0000comunal' }, 'place');
    expect((await t.request('POST', '/api/training-sessions', { session: admin, body: { ...session, place: '' } })).status).toBe(201);
  });
});

describe('NUL inside a plan indicator\'s live query', () => {
  it('is a 400 naming the indicator\'s query, and nothing is imported', async () => {
    const spec = (extra: Record<string, unknown>) => {
      const plan = regionalPlan({ key: 'nul-query' });
      const query = plan.indicators[0]!.query as { spec: { indicators: Record<string, unknown>[] } };
      Object.assign(query.spec.indicators[0]!, extra);
      return plan;
    };
    for (const extra of [{ label: 'a\u0000b' }, { values: ['pallaquera', '\u0000'] }]) {
      const res = await uploadPlan(t, admin, spec(extra));
      expect(res.status, await res.clone().text()).toBe(400);
      expect((await res.json()).details.map((d: { path: string }) => d.path)).toEqual(['indicators.0.query']);
    }
    expect((await (await t.request('GET', '/api/plans', { session: admin })).json()).items.map((p: { key: string }) => p.key)).not.toContain('nul-query');
    expect((await uploadPlan(t, admin, spec({ label: 'Socias pallaqueras' }))).status).toBe(200);
  });
});

describe('NUL in a workbook cell', () => {
  const upload = (path: string, bytes: Uint8Array) => t.app.request(path, {
    method: 'POST', body: bytes as BodyInit, headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/octet-stream' },
  });
  const form = (label: string, formId: string) => makeXlsx([
    { name: 'survey', rows: { 1: ['type', 'name', 'label'], 2: ['text', 'q1', label], 3: ['integer', 'q2', 'Edad'] } },
    { name: 'settings', rows: { 1: ['form_title', 'form_id'], 2: ['Encuesta', formId] } },
  ]);

  it('refuses an XLSForm naming the sheet, row and column, and stores nothing', async () => {
    for (const label of ['Nom\u0000bre', 'Nom_x0000_bre']) {
      const before = await rowCounts(t, ['sessions', 'login_failures']);
      const res = await upload('/api/forms?file_name=f.xlsx', form(label, 'nul-form'));
      expect(res.status, await res.clone().text()).toBe(400);
      expect((await res.json()).message).toContain('survey sheet, row 2, column label: contains a control character');
      expect(await rowCounts(t, ['sessions', 'login_failures'])).toEqual(before);
    }
  });

  it('refuses survey responses from .xlsx naming the cell; the same file without it imports', async () => {
    const created = await upload('/api/forms?file_name=f.xlsx', form('Nombre', 'nul-responses'));
    expect(created.status, await created.clone().text()).toBe(200);
    const formId = (await created.json()).form.id;
    const responses = (q1: string) => makeXlsx([{ name: 'Respuestas', rows: { 1: ['_uuid', 'q1', 'q2'], 2: ['r-1', q1, 34] } }]);
    for (const q1 of ['Ro\u0000sa', 'Ro_x0000_sa']) {
      const res = await upload(`/api/forms/${formId}/responses?file_name=r.xlsx`, responses(q1));
      expect(res.status, await res.clone().text()).toBe(400);
      expect((await res.json()).details).toEqual([{ path: 'file', code: 'file.binary', message: 'contains a NUL character (sheet Respuestas, row 2, column q1)' }]);
    }
    const ok = await upload(`/api/forms/${formId}/responses?file_name=r.xlsx`, responses('Rosa'));
    expect(ok.status, await ok.clone().text()).toBe(200);
    expect((await ok.json()).created).toBe(1);
  });
});
