/** Trainings: templates, attendance rules, completion and certificates, public verification, reach report, permissions. */
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { createWoman } from '../support/production.ts';
import { buildNetwork, type Network } from '../support/registry.ts';
import { attendModules, createProgramme, createSession, enrol, marks } from '../support/trainings.ts';

let t: TestApp;
let n: Network;

const auditActions = async (entity: string, id: string) =>
  ((await t.ctx.database.db.execute(sql`SELECT action FROM audit_log WHERE entity = ${entity} AND entity_id = ${id}`)) as unknown as { rows: { action: string }[] }).rows.map((r) => r.action);

beforeAll(async () => {
  t = await createTestApp();
  n = await buildNetwork(t);
});
afterAll(() => t.close());

describe('programmes', () => {
  it('loads the shipped templates once and updates them when loaded again', async () => {
    const first = await (await t.request('POST', '/api/programmes/templates', { session: n.admin })).json();
    expect(first.created).toBe(4);
    expect(first.programmes.map((p: { name: string }) => p.name)).toContain('Educación financiera');
    const workshops = first.programmes.find((p: { template_key: string }) => p.template_key === 'organisational-workshops');
    expect(workshops.modules.map((m: { title: string }) => m.title)).toEqual(['Liderazgo', 'Seguridad en la selección manual de oro', 'Gestión de una asociación', 'Negociación de acuerdos']);
    expect(workshops.min_module_share).toBe(0.75);
    const again = await (await t.request('POST', '/api/programmes/templates', { session: n.admin })).json();
    expect(again).toMatchObject({ created: 0, updated: 4 });
    expect(again.programmes.find((p: { template_key: string }) => p.template_key === 'organisational-workshops').id).toBe(workshops.id);
  });

  it('refuses a programme without modules or with a rule above 100%, naming the fields', async () => {
    const res = await t.request('POST', '/api/programmes', { session: n.leaderAnanea, body: { name: 'X', modules: [], min_module_share: 1.5 } });
    expect(res.status).toBe(400);
    expect((await res.json()).details.map((d: { path: string }) => d.path).sort()).toEqual(['min_module_share', 'modules']);
  });
});

describe('attendance', () => {
  it('refuses a mark for a person not enrolled, naming the field, and writes nothing', async () => {
    const p = await createProgramme(t, n.leaderAnanea);
    const [enrolled, stranger] = [await createWoman(t, n), await createWoman(t, n)];
    await enrol(t, n.promoterAnanea, p.id, [enrolled]);
    const sessionId = await createSession(t, n.promoterAnanea, { programme_id: p.id, module_id: p.modules[0]!.id, organisation_id: n.ananea });
    const res = await t.request('POST', `/api/training-sessions/${sessionId}/attendance`, { session: n.promoterAnanea, body: marks([enrolled, stranger]) });
    expect(res.status).toBe(400);
    expect((await res.json()).details).toEqual([expect.objectContaining({ path: 'marks.1.person_id', code: 'attendance.not_enrolled' })]);
    expect((await t.ctx.services.store.repos.trainings.sessionMarks(sessionId)).size).toBe(0);
  });

  it('refuses attendance at a session dated after today', async () => {
    const p = await createProgramme(t, n.leaderAnanea);
    const woman = await createWoman(t, n);
    await enrol(t, n.promoterAnanea, p.id, [woman]);
    const sessionId = await createSession(t, n.promoterAnanea, { programme_id: p.id, module_id: p.modules[0]!.id, organisation_id: n.ananea, held_on: '2026-03-09' });
    const res = await t.request('POST', `/api/training-sessions/${sessionId}/attendance`, { session: n.promoterAnanea, body: marks([woman]) });
    expect(res.status).toBe(400);
    expect((await res.json()).details).toEqual([expect.objectContaining({ path: 'held_on', code: 'attendance.session_in_future' })]);
  });

  it('records a resent list once, and an old resend does not undo a newer mark', async () => {
    const p = await createProgramme(t, n.leaderAnanea);
    const woman = await createWoman(t, n);
    await enrol(t, n.promoterAnanea, p.id, [woman]);
    const sessionId = await createSession(t, n.promoterAnanea, { programme_id: p.id, module_id: p.modules[0]!.id, organisation_id: n.ananea });
    const first = marks([woman], false);
    for (let i = 0; i < 2; i++) expect((await t.request('POST', `/api/training-sessions/${sessionId}/attendance`, { session: n.promoterAnanea, body: first })).status).toBe(200);
    expect((await t.request('POST', `/api/training-sessions/${sessionId}/attendance`, { session: n.promoterAnanea, body: marks([woman], true) })).status).toBe(200);
    const view = await (await t.request('POST', `/api/training-sessions/${sessionId}/attendance`, { session: n.promoterAnanea, body: first })).json();
    expect(view.people).toEqual([expect.objectContaining({ person_id: woman, present: true })]);
    expect(view.session.present).toBe(1);
    expect((await auditActions('training_session', sessionId)).filter((a) => a === 'take_attendance')).toHaveLength(2);
  });

  it('keeps sessions within reach: another region neither sees nor takes them', async () => {
    const p = await createProgramme(t, n.leaderAnanea);
    const sessionId = await createSession(t, n.promoterAnanea, { programme_id: p.id, module_id: p.modules[0]!.id, organisation_id: n.ananea });
    expect((await t.request('GET', `/api/training-sessions/${sessionId}`, { session: n.coordPiura })).status).toBe(404);
    const other = await t.request('POST', '/api/training-sessions', { session: n.promoterAnanea, body: { programme_id: p.id, module_id: p.modules[0]!.id, held_on: '2026-02-01', facilitator: 'X', organisation_id: n.piura } });
    expect(other.status).toBe(403);
  });
});

describe('certificates', () => {
  it('refuses a certificate before the rule is met, then issues one with a PDF, a QR and a public page', async () => {
    const p = await createProgramme(t, n.leaderAnanea);
    const woman = await createWoman(t, n, { given_names: 'Rosa Elena' });
    await enrol(t, n.promoterAnanea, p.id, [woman]);
    await attendModules(t, n.promoterAnanea, p, n.ananea, [woman], 2);
    const early = await t.request('POST', '/api/certificates', { session: n.leaderAnanea, body: { person_id: woman, programme_id: p.id } });
    expect(early.status).toBe(400);
    expect((await early.json()).details).toEqual([expect.objectContaining({ path: 'person_id', code: 'certificate.incomplete', params: { attended: 2, required: 3, total: 4 } })]);

    await attendModules(t, n.promoterAnanea, { ...p, modules: p.modules.slice(2) }, n.ananea, [woman], 1);
    const res = await t.request('POST', '/api/certificates', { session: n.leaderAnanea, body: { person_id: woman, programme_id: p.id } });
    expect(res.status).toBe(201);
    const { certificate } = await res.json();
    expect(certificate).toMatchObject({ status: 'valid', modules_attended: 3, modules_total: 4, issued_on: '2026-03-01', issuer_name: 'Asociación de Pallaqueras Ananea' });
    expect(certificate.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    const again = await (await t.request('POST', '/api/certificates', { session: n.leaderAnanea, body: { person_id: woman, programme_id: p.id } })).json();
    expect(again.certificate.id).toBe(certificate.id);

    const pdf = await t.request('GET', `/api/certificates/${certificate.id}/pdf`, { session: n.promoterAnanea });
    const text = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('CERTIFICADO');
    expect(text).toContain(`${certificate.code.slice(0, 4)}-`);
    expect((await auditActions('training_certificate', certificate.id)).sort()).toEqual(['issue_certificate', 'read']);

    const page = await t.request('GET', `/verify/${certificate.code}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('VÁLIDO');
    expect(html).toContain('R. E. Q. M.');
    expect(html).toContain('Educación financiera');
    expect(html).not.toMatch(/Quispe|Rosa|DNI/);
    const json = await (await t.request('GET', `/api/verify/${certificate.code.toLowerCase()}`)).json();
    expect(json).toEqual(expect.objectContaining({ kind: 'training_certificate', status: 'valid', initials: 'R. E. Q. M.', programme_name: 'Educación financiera' }));
    expect((await t.ctx.services.store.repos.certificates.findById(certificate.id))!.verify_reads).toBe(2);

    const voided = await t.request('POST', `/api/certificates/${certificate.id}/void`, { session: n.leaderAnanea, body: { reason: 'emitido por error' } });
    expect((await voided.json()).certificate.status).toBe('voided');
    const after = await (await t.request('GET', `/verify/${certificate.code}`)).text();
    expect(after).toContain('ANULADO');
    expect(after).not.toContain('VÁLIDO');
  });

  it('refuses a certificate for someone not enrolled', async () => {
    const p = await createProgramme(t, n.leaderAnanea);
    const woman = await createWoman(t, n);
    const res = await t.request('POST', '/api/certificates', { session: n.leaderAnanea, body: { person_id: woman, programme_id: p.id } });
    expect((await res.json()).details).toEqual([expect.objectContaining({ path: 'person_id', code: 'training.not_enrolled' })]);
  });

  it('lets a member see her own trainings and certificates but nobody else\'s; promoters do not issue', async () => {
    const p = await createProgramme(t, n.leaderAnanea, { min_module_share: 0.5 });
    const [her, other] = [await createWoman(t, n), await createWoman(t, n)];
    await enrol(t, n.promoterAnanea, p.id, [her, other]);
    await attendModules(t, n.promoterAnanea, p, n.ananea, [her], 2);
    expect((await t.request('POST', '/api/certificates', { session: n.promoterAnanea, body: { person_id: her, programme_id: p.id } })).status).toBe(403);
    const { certificate } = await (await t.request('POST', '/api/certificates', { session: n.coordPuno, body: { person_id: her, programme_id: p.id } })).json();
    await t.createUser(`member.${her.slice(-6)}`, 'member', { organisationId: n.ananea, personId: her });
    const member = await t.login(`member.${her.slice(-6)}`);
    const mine = await (await t.request('GET', `/api/people/${her}/trainings`, { session: member })).json();
    expect(mine.programmes).toEqual([expect.objectContaining({ programme_id: p.id, modules_attended: 2, modules_required: 2, complete: true, certificate: expect.objectContaining({ id: certificate.id }) })]);
    expect((await t.request('GET', `/api/certificates/${certificate.id}/pdf`, { session: member })).status).toBe(200);
    expect((await t.request('GET', `/api/people/${other}/trainings`, { session: member })).status).toBe(404);
    expect((await t.request('POST', `/api/training-sessions/${uuidv7()}/attendance`, { session: member, body: marks([her]) })).status).toBe(403);
    expect((await t.request('GET', `/api/people/${her}/trainings`, { session: n.analyst })).status).toBe(403);
  });
});

describe('duplicate merge', () => {
  it('moves enrolments, attendance and certificates to the kept record', async () => {
    const p = await createProgramme(t, n.leaderAnanea, { min_module_share: 0.5 });
    const kept = await createWoman(t, n, { given_names: 'Nélida', paternal_surname: 'Apaza', maternal_surname: 'Ticona', birth_date: '1979-03-08' });
    const copy = await createWoman(t, n, { id_type: 'none', id_number: null, id_none_reason: 'lost', given_names: 'Nelida', paternal_surname: 'Ticona', maternal_surname: 'Apaza', birth_date: '1979-03-08' });
    await enrol(t, n.promoterAnanea, p.id, [copy]);
    await attendModules(t, n.promoterAnanea, p, n.ananea, [copy], 2);
    const { certificate } = await (await t.request('POST', '/api/certificates', { session: n.leaderAnanea, body: { person_id: copy, programme_id: p.id } })).json();
    const queue = await (await t.request('GET', '/api/duplicates', { session: n.leaderAnanea })).json();
    const pair = queue.items.find((x: { a: { id: string }; b: { id: string } }) => [x.a.id, x.b.id].includes(copy) && [x.a.id, x.b.id].includes(kept));
    expect((await t.request('POST', `/api/duplicates/${pair.id}`, { session: n.leaderAnanea, body: { decision: 'merge', keep_id: kept } })).status).toBe(200);
    const hers = await (await t.request('GET', `/api/people/${kept}/trainings`, { session: n.leaderAnanea })).json();
    expect(hers.programmes).toEqual([expect.objectContaining({ programme_id: p.id, modules_attended: 2, complete: true })]);
    expect(hers.certificates.map((c: { id: string }) => c.id)).toEqual([certificate.id]);
    expect((await (await t.request('GET', `/api/verify/${certificate.code}`)).json()).initials).toBe('N. A. T.');
  });
});

describe('reach report', () => {
  it('hides counts under five people, and one more beside a lone hidden count', async () => {
    const [a, b, c] = [await createProgramme(t, n.admin, { name: 'Reach A' }), await createProgramme(t, n.admin, { name: 'Reach B' }), await createProgramme(t, n.admin, { name: 'Reach C' })];
    const people = [];
    for (let i = 0; i < 8; i++) people.push(await createWoman(t, n));
    for (const [p, who] of [[a, people.slice(0, 6)], [b, people.slice(0, 8)], [c, people.slice(0, 2)]] as const) {
      await enrol(t, n.promoterAnanea, p.id, [...who]);
      await attendModules(t, n.promoterAnanea, p, n.ananea, [...who], 1, '2026-01-10');
    }
    const res = await t.request('GET', `/api/reports/trainings?by=programme&from=2026-01-01&to=2026-01-31`, { session: n.analyst });
    expect(res.status).toBe(200);
    const report = await res.json();
    const row = (id: string) => report.rows.find((r: { key: string }) => r.key === id);
    expect(row(c.id)).toMatchObject({ label: 'Reach C', trained: null, suppressed: true });
    expect(row(b.id).trained).toBe(8);
    expect(row(a.id)).toMatchObject({ trained: null, suppressed: true });
    expect(report.rows).toHaveLength(3);
    expect(report.total).toEqual({ trained: 8, certified: null });

    const csv = await t.request('GET', '/api/reports/trainings?by=region&format=csv', { session: n.coordPuno });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(await csv.text()).toContain('key,label,suppressed,trained,certified');
    expect((await t.request('GET', '/api/reports/trainings', { session: n.promoterAnanea })).status).toBe(403);
    expect((await t.request('GET', '/api/reports/trainings?by=sex&from=2026-03-01&to=2026-02-01', { session: n.analyst })).status).toBe(400);
  });
});
