/** Income statements: consent to share, snapshot totals, PDF with QR, public verification, voiding. */
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, type Network } from '../support/registry.ts';
import { createPlant, createWoman, lotBody, saleBody, seedPrices } from '../support/production.ts';

let t: TestApp;
let n: Network;
let caja: string;
let plant: string;

async function createCaja(): Promise<string> {
  const res = await t.request('POST', '/api/organisations', { session: n.admin, body: { id: uuidv7(), kind: 'financial_institution', name: 'Caja Municipal Arequipa' } });
  return (await res.json()).organisation.id;
}

/** A woman with one lot and two sales in February 2026: one fair, one paid 40% below the reference. */
async function womanWithSales(): Promise<string> {
  const woman = await createWoman(t, n);
  const lot = lotBody(woman, { weight_kg: 3000 });
  expect((await t.request('POST', '/api/lots', { session: n.promoterAnanea, body: lot })).status).toBe(201);
  const fair = await t.request('POST', '/api/sales', { session: n.promoterAnanea, body: saleBody(lot.id, plant, { sold_on: '2026-02-21', paid_pen: 9000 }) });
  expect(fair.status).toBe(201);
  const { sale } = await fair.json();
  const unfairPaid = Math.round(sale.fair_value.net_reference_pen * 0.6 * 100) / 100;
  const unfair = await t.request('POST', '/api/sales', { session: n.promoterAnanea, body: saleBody(lot.id, plant, { sold_on: '2026-02-25', paid_pen: unfairPaid }) });
  expect(unfair.status).toBe(201);
  return woman;
}

async function giveSharingConsent(personId: string, organisationId: string, method = 'thumbprint') {
  const res = await t.request('POST', `/api/people/${personId}/consents`, {
    session: n.promoterAnanea, body: { purpose: 'sharing', organisation_id: organisationId, given_on: '2026-02-27', method, ...(method === 'verbal_with_witness' ? { witness_name: 'Juana Apaza' } : {}) },
  });
  expect(res.status).toBe(201);
  return (await res.json()).consent.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  await seedPrices(t);
  caja = await createCaja();
  plant = await createPlant(t, n.admin);
});
afterAll(() => t.close());

describe('income statements', () => {
  it('issues a statement for a lender she consented to in writing, with totals from her sales', async () => {
    const woman = await womanWithSales();
    await giveSharingConsent(woman, caja);
    const res = await t.request('POST', '/api/statements', { session: n.promoterAnanea, body: { person_id: woman, from: '2026-01-01', to: '2026-02-28', recipient_organisation_id: caja } });
    expect(res.status).toBe(201);
    const { statement } = await res.json();
    expect(statement.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    expect(statement.verify_url).toMatch(new RegExp(`/verify/${statement.code}$`));
    expect(statement.recipient).toEqual({ id: caja, name: 'Caja Municipal Arequipa' });
    const sales = (await (await t.request('GET', `/api/sales?person_id=${woman}`, { session: n.promoterAnanea })).json()).items;
    const paid = sales.reduce((sum: number, s: { fair_value: { paid_pen: number } }) => sum + s.fair_value.paid_pen, 0);
    expect(statement.totals).toMatchObject({ months: 2, lots: 1, sales: 2, sales_above_threshold: 1, share_above_threshold: 0.5 });
    expect(statement.totals.paid_pen).toBeCloseTo(paid, 2);
    expect(statement.totals.monthly_average_income_pen).toBeCloseTo(paid / 2, 2);
    expect(statement.totals.by_month).toEqual([{ month: '2026-02', sales: 2, paid_pen: expect.closeTo(paid, 2) }]);
  });

  it('refuses a named lender without written consent, and a verbal one is not enough', async () => {
    const woman = await womanWithSales();
    const body = { person_id: woman, from: '2026-01-01', to: '2026-02-28', recipient_organisation_id: caja };
    const none = await t.request('POST', '/api/statements', { session: n.promoterAnanea, body });
    expect(none.status).toBe(400);
    expect((await none.json()).details).toEqual([expect.objectContaining({ path: 'recipient_organisation_id', code: 'statement.no_consent' })]);
    await giveSharingConsent(woman, caja, 'verbal_with_witness');
    expect((await t.request('POST', '/api/statements', { session: n.promoterAnanea, body })).status).toBe(400);
    expect(await t.ctx.services.store.repos.statements.listForPerson(woman)).toEqual([]);
  });

  it('verifies publicly with initials and totals only, counts reads, and voids when she withdraws consent', async () => {
    const woman = await womanWithSales();
    const consentId = await giveSharingConsent(woman, caja);
    const { statement } = await (await t.request('POST', '/api/statements', { session: n.promoterAnanea, body: { person_id: woman, from: '2026-02-01', to: '2026-02-28', recipient_organisation_id: caja } })).json();

    const page = await t.request('GET', `/verify/${statement.code}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('VÁLIDA');
    expect(html).toContain('R. Q. M.');
    expect(html).not.toContain('Quispe');
    const json = await (await t.request('GET', `/api/verify/${statement.code.toLowerCase()}`)).json();
    expect(json).toMatchObject({ status: 'valid', initials: 'R. Q. M.', recipient_name: 'Caja Municipal Arequipa', totals: { sales: 2 } });
    expect(JSON.stringify(json)).not.toMatch(/Quispe|lot_id|receipt/);
    expect((await t.ctx.services.store.repos.statements.findById(statement.id))!.verify_reads).toBe(2);

    const withdraw = await t.request('POST', `/api/people/${woman}/consents/${consentId}/withdraw`, { session: n.promoterAnanea, body: {} });
    expect(withdraw.status).toBe(200);
    expect((await (await t.request('GET', `/api/verify/${statement.code}`)).json()).status).toBe('voided');
    expect(await (await t.request('GET', `/verify/${statement.code}`)).text()).toContain('ANULADA');
  });

  it('answers an unknown or malformed code with a plain not-found page', async () => {
    expect((await t.request('GET', '/verify/0000000000000000000Z')).status).toBe(404);
    expect((await t.request('GET', '/verify/<script>')).status).toBe(404);
    expect((await t.request('GET', '/api/verify/0000000000000000000Z')).status).toBe(404);
  });

  it('prints a one-page PDF with her name and the verification code, and audits the read', async () => {
    const woman = await womanWithSales();
    const { statement } = await (await t.request('POST', '/api/statements', { session: n.leaderAnanea, body: { person_id: woman, from: '2026-02-01', to: '2026-02-28' } })).json();
    const pdf = await t.request('GET', `/api/statements/${statement.id}/pdf`, { session: n.leaderAnanea });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('Constancia de ingresos');
    expect(text).toContain(statement.code.slice(0, 4) + '-');
    expect(text).toContain('/Count 1');
    const audit = (await t.ctx.database.db.execute(sql`SELECT action FROM audit_log WHERE entity = 'income_statement' AND entity_id = ${statement.id}`)) as unknown as { rows: { action: string }[] };
    expect(audit.rows.map((a) => a.action).sort()).toEqual(['issue_statement', 'read']);
  });

  it('keeps statements within reach: another region cannot issue one, nor a member for someone else', async () => {
    const woman = await womanWithSales();
    const body = { person_id: woman, from: '2026-02-01', to: '2026-02-28' };
    expect((await t.request('POST', '/api/statements', { session: n.coordPiura, body })).status).toBe(404);
    expect((await t.request('POST', '/api/statements', { session: n.analyst, body })).status).toBe(403);
    const future = await t.request('POST', '/api/statements', { session: n.promoterAnanea, body: { ...body, to: '2026-12-31' } });
    expect((await future.json()).details).toEqual([expect.objectContaining({ path: 'to', code: 'date.in_future' })]);
  });
});
