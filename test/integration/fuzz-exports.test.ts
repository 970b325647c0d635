/**
 * Exports neutralise spreadsheet formulas end to end: text that someone typed into a name or a
 * place (`=HYPERLINK(...)`, `+cmd`, `@SUM`, `-2+3`) comes out of a real download route — CSV
 * and XLSX — with a leading apostrophe, so Excel or LibreOffice show it and never run it.
 * Bounds: one app, 12 generated names (each one create + one download).
 */
import fc from 'fast-check';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTableFile } from '../../src/services/files/read-table.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { FORMULA } from '../support/fuzz.ts';
import { createWoman } from '../support/production.ts';
import { buildNetwork, type Network } from '../support/registry.ts';
import { createProgramme, enrol, type Programme } from '../support/trainings.ts';

let t: TestApp;
let n: Network;
let programme: Programme;
beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  programme = await createProgramme(t, n.admin, { name: '@SUM(1+1)' });
}, 60_000);
afterAll(() => t?.close());

async function download(path: string, format: 'csv' | 'xlsx') {
  const res = await t.request('GET', `${path}?format=${format}`, { session: n.admin });
  expect(res.status).toBe(200);
  return readTableFile(new Uint8Array(await res.arrayBuffer()), `export.${format}`);
}

async function enrolledName(personId: string): Promise<string> {
  const res = await t.request('GET', `/api/programmes/${programme.id}/enrolments`, { session: n.admin });
  return ((await res.json()).items as { person_id: string; name: string }[]).find((e) => e.person_id === personId)!.name;
}

describe('exports neutralise spreadsheet formulas', () => {
  it.each(['csv', 'xlsx'] as const)('a person named =HYPERLINK(…) comes out of the enrolment list (%s) as text', async (format) => {
    const id = await createWoman(t, n, { given_names: FORMULA, paternal_surname: 'Quispe' });
    await enrol(t, n.admin, programme.id, [id]);
    const file = await download(`/api/programmes/${programme.id}/enrolments`, format);
    const row = file.rows.find((r) => r.values.person_id === id)!;
    expect(row.values.name).toBe(`'${await enrolledName(id)}`);
    expect(row.values.name).toMatch(/^'=HYPERLINK\("http:\/\/x","y"\)/);
  });

  it.each(['csv', 'xlsx'] as const)('free text of staff (place, facilitator, programme) in an attendance sheet (%s)', async (format) => {
    await enrol(t, n.admin, programme.id, [await createWoman(t, n)]);
    const res = await t.request('POST', '/api/training-sessions', {
      session: n.admin,
      body: { id: uuidv7(), programme_id: programme.id, module_id: programme.modules[0]!.id, organisation_id: n.ananea, held_on: '2026-02-20', district: '211002', place: '-2+3', facilitator: '+cmd|/C calc!A0' },
    });
    expect(res.status).toBe(201);
    const sessionId = (await res.json()).session.id as string;
    const file = await download(`/api/training-sessions/${sessionId}`, format);
    expect(file.rows.length).toBeGreaterThan(0);
    for (const row of file.rows) {
      expect(row.values).toMatchObject({ programme: "'@SUM(1+1)", place: "'-2+3", facilitator: "'+cmd|/C calc!A0" });
      for (const value of Object.values(row.values)) expect(String(value ?? '')).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('any name starting with a formula character is exported with a leading apostrophe', async () => {
    const formulaName = fc.tuple(fc.constantFrom('=', '+', '-', '@'), fc.stringMatching(/^[A-Za-z0-9(),"!|:. ]{1,30}$/))
      .map(([head, rest]) => `${head}${rest}`.trim()).filter((s) => s.length > 1);
    await fc.assert(fc.asyncProperty(formulaName, async (name) => {
      const id = await createWoman(t, n, { given_names: name });
      await enrol(t, n.admin, programme.id, [id]);
      const file = await download(`/api/programmes/${programme.id}/enrolments`, 'csv');
      expect(file.rows.find((r) => r.values.person_id === id)!.values.name).toBe(`'${await enrolledName(id)}`);
    }), { numRuns: 12, seed: 3 });
  });
});
