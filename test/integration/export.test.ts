/** Exports follow the reading rules: partners get consented records without sensitive fields; analysts none. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR, type Actor } from '../../src/domain/auth/actor.ts';
import { toExportTable } from '../../src/domain/registry/export-table.ts';
import { readTableFile } from '../../src/services/files/read-table.ts';
import { writeXlsx } from '../../src/services/files/write-table.ts';
import { exportRegistry } from '../../src/services/registry/export.service.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { buildNetwork, personBody, type Network } from '../support/registry.ts';

let t: TestApp;
let n: Network;
let bank: string;
const shared = personBody({ given_names: '=HYPERLINK("http://x","Rosa")', phone: '987654321' });
const notShared = personBody();

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  bank = (await (await t.request('POST', '/api/organisations', { session: n.admin, body: { kind: 'financial_institution', name: 'Caja', parent_id: n.national } })).json()).organisation.id;
  for (const body of [shared, notShared]) await t.request('POST', '/api/people', { session: n.promoterAnanea, body: { ...body, organisation_id: n.ananea } });
  await t.request('POST', `/api/people/${shared.id}/consents`, { session: n.promoterAnanea, body: { purpose: 'sharing', organisation_id: bank, given_on: '2026-02-01', method: 'signature' } });
});
afterAll(() => t.close());

const as = (actor: Actor) => ({ actor, requestId: null });

describe('exports', () => {
  it('gives a partner only the people who consented, without sensitive columns', async () => {
    const data = await exportRegistry(t.ctx.services, as({ type: 'user', id: n.admin.userId, role: 'partner', organisationId: bank }), 'people');
    expect(data.records.map((r) => r.id)).toEqual([shared.id]);
    expect(data.header).not.toContain('phone');
    expect(data.header).not.toContain('birth_date');
    expect(data.header).toContain('id_number');
  });

  it('gives staff their subtree and refuses analysts', async () => {
    const coordinator = await exportRegistry(t.ctx.services, as({ type: 'user', id: n.coordPuno.userId, role: 'coordinator', organisationId: n.puno }), 'people');
    expect(coordinator.records.map((r) => r.id).sort()).toEqual([shared.id, notShared.id].sort());
    const elsewhere = await exportRegistry(t.ctx.services, as({ type: 'user', id: n.coordPiura.userId, role: 'coordinator', organisationId: n.piura }), 'people');
    expect(elsewhere.records).toEqual([]);
    await expect(exportRegistry(t.ctx.services, as({ type: 'user', id: n.analyst.userId, role: 'analyst', organisationId: n.national }), 'people')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('writes an XLSX that reads back with text kept as text and formulas neutralised', async () => {
    const data = await exportRegistry(t.ctx.services, as(CLI_ACTOR), 'people', { organisation_id: n.ananea });
    const bytes = await writeXlsx(toExportTable(data.records, data.header), 'people');
    const table = await readTableFile(new Uint8Array(bytes), 'people.xlsx');
    const row = table.rows.find((r) => r.values.id === shared.id)!;
    expect(row.values.given_names).toBe(`'=HYPERLINK("http://x","Rosa")`);
    expect(row.values.id_number).toBe(shared.id_number);
    expect(row.values.district).toBe('211002');
  });

  it('exports memberships of the subtree', async () => {
    const data = await exportRegistry(t.ctx.services, as({ type: 'user', id: n.leaderAnanea.userId, role: 'association_leader', organisationId: n.ananea }), 'memberships');
    expect(data.records.every((m) => m.organisation_id === n.ananea)).toBe(true);
    expect(data.records).toHaveLength(2);
  });
});
