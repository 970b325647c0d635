/**
 * Structured fuzzing of the .xlsx importers: a valid workbook of each (people, XLSForm, survey
 * responses, savings paper ledger) with one cell — header or data, text, inline or "number
 * stored as text" — replaced by a hostile value. The byte-level fuzz of fuzz-importers.test.ts
 * almost never yields a zip that opens, so it never put `_x0000_` (which the reader decodes to
 * NUL) in a cell: that was a 500 on XLSForm upload and on survey responses. What must hold: an
 * answer below 500, a refusal in problem+json, and a refused file writes nothing (row counts).
 * Bounds: RUNS (25) workbooks per importer, one app (~5 s on PGlite). FUZZ_RUNS / FUZZ_SEED as usual.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeXlsx, type XlsxCell, type XlsxSheet } from '../../src/services/files/fixtures/make-xlsx.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { FORMULA, HUGE, IMG, SQLI, rowCounts } from '../support/fuzz.ts';
import { cycleBody, newGroup, send } from '../support/fuzz-fixture.ts';
import { createWoman } from '../support/production.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const MAY_CHANGE = ['sessions', 'login_failures'];
const VALUES = ['a\u0000b', 'a_x0000_b', '_x001B_[31m', '_xD800_', FORMULA, '@SUM(1)', HUGE, SQLI, IMG, '', ' ', '9'.repeat(40), '1e309', '-1', '2026-02-30', '😀'.repeat(40), '\uD800'];

let t: TestApp;
let n: Network;
let admin: Session;
let woman = '';
let cycle = '';
let form = '';

const upload = (path: string, bytes: Uint8Array, session = admin) => t.app.request(path, {
  method: 'POST', body: bytes as BodyInit, headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/octet-stream' },
});

const xlsform = (formId: string): XlsxSheet[] => [
  { name: 'survey', rows: { 1: ['type', 'name', 'label', 'required'], 2: ['text', 'nombre', 'Nombre', 'yes'], 3: ['select_one sn', 'epp', '¿Tiene EPP?', ''], 4: ['integer', 'edad', 'Edad', ''] } },
  { name: 'choices', rows: { 1: ['list_name', 'name', 'label'], 2: ['sn', 'si', 'Sí'], 3: ['sn', 'no', 'No'] } },
  { name: 'settings', rows: { 1: ['form_title', 'form_id', 'version'], 2: ['Encuesta EPP', formId, '1'] } },
];

interface Importer { name: string; sheets: () => XlsxSheet[]; path: () => string; session?: () => Session }
const IMPORTERS: Importer[] = [
  { name: 'people', sheets: () => [{ name: 'Socias', rows: { 1: ['Nombres', 'Apellidos', 'Sexo', 'Fecha de nacimiento', 'DNI', 'Perfil', 'Ubigeo'], 2: ['Rosa', 'Quispe Mamani', 'Mujer', { date: '1984-07-15' }, { stored: '40123456' }, 'pallaquera', { stored: '211002' }] } }],
    path: () => `/api/people/import?organisation_id=${n.ananea}&dry_run=false&file_name=socias.xlsx` },
  { name: 'XLSForm', sheets: () => xlsform(`f${Math.random().toString(36).slice(2, 8)}`), path: () => '/api/forms?file_name=encuesta.xlsx' },
  { name: 'survey responses', sheets: () => [{ name: 'Respuestas', rows: { 1: ['_uuid', 'nombre', 'epp', 'edad'], 2: [`r-${Math.random()}`, 'Rosa', 'si', 34] } }],
    path: () => `/api/forms/${form}/responses?file_name=respuestas.xlsx` },
  { name: 'savings ledger', sheets: () => [{ name: 'Libro', rows: { 1: ['date', 'member', 'type', 'shares', 'amount_pen', 'interest_pen'], 2: [{ date: '2026-01-17' }, woman, 'share_purchase', 2, null, null] } }],
    path: () => `/api/savings/cycles/${cycle}/import?file_name=libro.xlsx`, session: () => n.leaderAnanea },
];

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  admin = n.admin;
  woman = await createWoman(t, n);
  const created = await upload('/api/forms?file_name=encuesta.xlsx', makeXlsx(xlsform('epp')));
  form = (await created.json()).form.id;
  const group = await newGroup({ t, n, woman });
  const body = cycleBody(group);
  await send(t, n.admin, 'POST', '/api/savings/cycles', body);
  cycle = body.id;
}, 60_000);
afterAll(() => t?.close());

/** The workbook with the cell at (sheet, row, column) — each taken modulo what exists — replaced. */
function mutate(sheets: XlsxSheet[], [s, r, c]: [number, number, number], cell: XlsxCell): { label: string; sheets: XlsxSheet[] } {
  const copy = structuredClone(sheets);
  const sheet = copy[s % copy.length]!;
  const rowNumbers = Object.keys(sheet.rows).map(Number);
  const row = rowNumbers[r % rowNumbers.length]!;
  const cells = sheet.rows[row]!;
  cells[c % cells.length] = cell;
  return { label: `${sheet.name}!R${row}C${(c % cells.length) + 1} = ${JSON.stringify(cell).slice(0, 40)}`, sheets: copy };
}

const cell = fc.tuple(fc.constantFrom(...VALUES), fc.constantFrom('text', 'inline', 'stored')).map(([v, kind]): XlsxCell => (kind === 'text' ? v : kind === 'inline' ? { inline: v } : { stored: v }));

describe('an .xlsx importer given one hostile cell', () => {
  it.each(IMPORTERS.map((i) => [i.name, i] as const))('%s: the unchanged workbook imports', async (_name, importer) => {
    const res = await upload(importer.path(), makeXlsx(importer.sheets()), importer.session?.());
    expect(res.status, await res.text()).toBeLessThan(300);
  });

  it.each(IMPORTERS.map((i) => [i.name, i] as const))('%s: never a 5xx, and a refusal writes nothing', async (_name, importer) => {
    const where = fc.tuple(fc.nat(5), fc.nat(5), fc.nat(8));
    await fc.assert(fc.asyncProperty(where, cell, async (at, value) => {
      const { label, sheets } = mutate(importer.sheets(), at, value);
      const before = await rowCounts(t, MAY_CHANGE);
      const res = await upload(importer.path(), makeXlsx(sheets), importer.session?.());
      const text = await res.text();
      const said = `${importer.name} ${label} → ${res.status} ${text.slice(0, 300)}`;
      if (process.env.FUZZ_TRACE) console.log(said.slice(0, 160));
      expect(res.status, said).toBeLessThan(500);
      if (res.status >= 400) {
        expect(res.headers.get('content-type'), said).toMatch(/application\/problem\+json/);
        expect(await rowCounts(t, MAY_CHANGE), said).toEqual(before);
      }
    }), { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 41) });
  });
});
