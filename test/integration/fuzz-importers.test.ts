/**
 * Fuzzing every importer with hostile files (see test/support/fuzz-files.ts): people CSV/XLSX,
 * XLSForm and survey responses, plan specs (JSON), indicator specs, savings paper ledgers over
 * HTTP; price files and the services directory CSV through the services their CLI commands call
 * (the CLI processes are too slow to fuzz; services-cli.test.ts and prices-cli.test.ts cover
 * them). What must hold: an answer, never a crash or a 5xx/INTERNAL; a refusal names the file,
 * row or field in its details; nothing is written when the file is refused (row counts of every
 * table). Bounds: one app, RUNS (25) files per importer plus 2 fixed examples, files of at most
 * ~200 KB (~10 s on PGlite). FUZZ_RUNS=n for a longer run (150 took 32 s), FUZZ_TRACE=1 lists the files.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { AppError } from '../../src/domain/errors.ts';
import { readServicesCsv } from '../../src/domain/services-directory/services-csv.ts';
import { importPrices } from '../../src/services/production/prices.service.ts';
import { importServicePoints } from '../../src/services/services-directory/directory.service.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { makeXlsx } from '../../src/services/files/fixtures/make-xlsx.ts';
import { rowCounts } from '../support/fuzz.ts';
import { hostileFile, xlsxWithFormula, type HostileFile } from '../support/fuzz-files.ts';
import { TEMPLATE_BYTES } from '../support/plans.ts';
import { createWoman } from '../support/production.ts';
import { buildNetwork, type Network } from '../support/registry.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const MAY_CHANGE = ['sessions', 'login_failures'];
const enc = new TextEncoder();
const CLI = { actor: CLI_ACTOR, requestId: null };

let t: TestApp;
let n: Network;
let cycleId = '';
let formId = '';
let eva = '';

/** What an importer answered: an HTTP status and body, or a service's result or thrown error. */
interface Outcome { refused: boolean; where: string; problem?: { code?: string; message?: string; details?: { path?: string }[] } }

async function overHttp(path: string, file: HostileFile, session: Session): Promise<Outcome> {
  const res = await t.app.request(path, {
    method: 'POST', body: file.bytes as BodyInit,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/octet-stream' },
  });
  const text = await res.text();
  const where = `${path} ← ${file.label}: ${res.status} ${text.slice(0, 300)}`;
  expect(res.status, where).toBeLessThan(500);
  if (res.status < 400) return { refused: false, where };
  expect(res.headers.get('content-type'), where).toMatch(/application\/problem\+json/);
  return { refused: true, where, problem: JSON.parse(text) };
}

async function inService(run: () => Promise<unknown>, label: string): Promise<Outcome> {
  try {
    await run();
    return { refused: false, where: label };
  } catch (err) {
    const where = `${label}: ${String(err)}`;
    expect(err, where).toBeInstanceOf(AppError);
    expect((err as AppError).code, where).not.toBe('INTERNAL');
    return { refused: true, where, problem: err as AppError };
  }
}

const servicesCsv = async (file: HostileFile) => inService(async () => {
  const read = readServicesCsv(new TextDecoder().decode(file.bytes));
  if (!read.ok) throw new AppError('VALIDATION_FAILED', 'nothing imported', { details: read.problems });
  return importServicePoints(t.ctx.services, CLI, read.points);
}, `services csv ← ${file.label}`);

interface Importer { name: string; seed: () => Uint8Array; isText: boolean; run: (file: HostileFile) => Promise<Outcome> }

const IMPORTERS: Importer[] = [
  { name: 'people CSV', isText: true, seed: () => enc.encode('Nombres;Apellidos;Sexo;Fecha de nacimiento;DNI;Perfil;Ubigeo\nRosa;Quispe Mamani;Mujer;15/07/1984;40123456;pallaquera;211002\nJuana;Ñaupari;Mujer;1990-03-02;;pallaquera;211002'),
    run: (f) => overHttp(`/api/people/import?organisation_id=${n.ananea}&dry_run=false&file_name=gente.csv`, f, n.admin) },
  { name: 'people XLSX', isText: false, seed: () => makeXlsx([{ name: 'Socias', rows: { 1: ['Nombres', 'Apellidos', 'Sexo', 'DNI', 'Perfil'], 2: ['Rosa', 'Quispe', 'Mujer', 40123456, 'pallaquera'] } }]),
    run: (f) => overHttp(`/api/people/import?organisation_id=${n.ananea}&dry_run=false&file_name=gente.xlsx`, f, n.admin) },
  { name: 'XLSForm', isText: false, seed: () => readFileSync(new URL('../../src/domain/surveys/xlsform/fixtures/group.xlsx', import.meta.url)),
    run: (f) => overHttp('/api/forms?file_name=form.xlsx', f, n.admin) },
  { name: 'survey responses CSV', isText: true, seed: () => enc.encode('_uuid,name,age\na-1,Rosa,34\na-2,Eva,41'),
    run: (f) => overHttp(`/api/forms/${formId}/responses?file_name=kobo.csv`, f, n.admin) },
  { name: 'plan spec JSON', isText: true, seed: () => enc.encode(TEMPLATE_BYTES), run: (f) => overHttp('/api/plans/import?file_name=plan.json', f, n.admin) },
  { name: 'savings ledger CSV', isText: true, seed: () => enc.encode(`date,member,type,shares,amount_pen,interest_pen\n2026-01-17,${eva},share_purchase,2,,\n`),
    run: (f) => overHttp(`/api/savings/cycles/${cycleId}/import?file_name=libro.csv`, f, n.leaderAnanea) },
  { name: 'price file', isText: true, seed: () => enc.encode('date,usd_per_oz,pen_per_usd,source\n2026-07-01,4200,3.40,BCRP\n2026-07-02,4210,,\n'),
    run: (f) => inService(() => importPrices(t.ctx.services, CLI, { bytes: f.bytes, fileName: 'precios.csv' }), `prices ← ${f.label}`) },
  { name: 'services directory CSV', isText: true, seed: () => enc.encode('name,kind,district,phones\nComisaría Ananea,police,211002,951234567\n'), run: servicesCsv },
];

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
  eva = await createWoman(t, n);
  const form = await t.app.request('/api/forms?file_name=group.xlsx', {
    method: 'POST', body: IMPORTERS[2]!.seed() as BodyInit, headers: { cookie: n.admin.cookie, 'x-csrf-token': n.admin.csrf, 'content-type': 'application/octet-stream' },
  });
  formId = (await form.json()).form.id;
  const group = await t.request('POST', '/api/savings/groups', { session: n.leaderAnanea, body: { organisation_id: n.ananea, name: 'Banquito' } });
  const groupId = (await group.json()).group.id;
  await t.request('POST', `/api/savings/groups/${groupId}/members`, { session: n.leaderAnanea, body: { person_id: eva, joined_on: '2026-01-01' } });
  await t.request('POST', `/api/savings/groups/${groupId}/officers`, { session: n.leaderAnanea, body: { person_id: eva, role: 'treasurer', from_date: '2026-01-01' } });
  const cycle = await t.request('POST', '/api/savings/cycles', { session: n.leaderAnanea, body: { group_id: groupId, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 500 } });
  cycleId = (await cycle.json()).cycle_id;
}, 60_000);
afterAll(() => t?.close());

async function checkFile(importer: Importer, file: HostileFile): Promise<void> {
  if (process.env.FUZZ_TRACE) console.log(importer.name, file.label, file.bytes.length);
  const before = await rowCounts(t, MAY_CHANGE);
  const outcome = await importer.run(file);
  if (!outcome.refused) return;
  expect(outcome.problem?.message, outcome.where).toBeTruthy();
  // A refusal names where: the file itself (empty, unreadable, too large) or a row/field.
  const named = outcome.problem?.details?.some((d) => Boolean(d.path)) || /file|line|row|column|sheet|field|byte|JSON/i.test(outcome.problem?.message ?? '');
  expect(named, outcome.where).toBe(true);
  expect(await rowCounts(t, MAY_CHANGE), outcome.where).toEqual(before);
}

describe('importers refuse hostile files cleanly', () => {
  it.each(IMPORTERS.map((i) => [i.name, i] as const))('%s', async (_name, importer) => {
    const seed = importer.seed();
    const text = importer.isText ? new TextDecoder().decode(seed) : null;
    const formulaXlsx = { label: 'xlsx with formula cells', bytes: await xlsxWithFormula(text ?? 'Nombres,DNI\nRosa,40123456') };
    await fc.assert(fc.asyncProperty(hostileFile(seed, text), (file) => checkFile(importer, file)), {
      numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 7), examples: [[{ label: 'empty', bytes: new Uint8Array() }], [formulaXlsx]],
    });
  });
});
