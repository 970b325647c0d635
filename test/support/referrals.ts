/**
 * Referral personas for integration tests: a case worker and her supervisor (assigned), a case
 * worker and a supervisor who are not, and one signed-in user of every other role; plus a valid
 * referral body. Case staff are enrolled in TOTP by `login` when the second factor is required.
 */
import { uuidv7 } from 'uuidv7';
import type { Role } from '../../src/domain/auth/roles.ts';
import { base32Decode, totp } from '../../src/domain/auth/totp.ts';
import { PASSWORD, type Session, type TestApp } from './app.ts';
import type { Network } from './registry.ts';

export interface CaseStaff {
  caseWorker: Session;
  otherCaseWorker: Session;
  supervisor: Session;
  otherSupervisor: Session;
  member: Session;
  partner: Session;
  healthWorker: Session;
}

/** The current code of a secret by the test clock. */
export const codeFor = (t: TestApp, secret: string) => totp(base32Decode(secret), t.clock.now.getTime());

/** Signs in, enrols and confirms a TOTP factor, then signs in again with a fresh code; returns the secret too. */
export async function enrolAndLogin(t: TestApp, username: string): Promise<Session & { secret: string }> {
  const first = await t.login(username);
  const { secret } = await (await t.request('POST', '/api/auth/totp/enrol', { session: first })).json();
  const confirmed = await t.request('POST', '/api/auth/totp/confirm', { session: first, body: { code: codeFor(t, secret) } });
  if (confirmed.status !== 204) throw new Error(`totp confirm: ${confirmed.status} ${await confirmed.text()}`);
  t.clock.advance(30_000); // the confirming code is used; the next step gives a new one
  const res = await t.request('POST', '/api/auth/login', { body: { username, password: PASSWORD, totp_code: codeFor(t, secret) } });
  if (res.status !== 200) throw new Error(`login with code: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrf_token: string; user: { id: string } };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, csrf: body.csrf_token, userId: body.user.id, secret };
}

export async function buildCaseStaff(t: TestApp, n: Network, login: (username: string) => Promise<Session> = (u) => enrolAndLogin(t, u)): Promise<CaseStaff> {
  const users: [string, Role, string][] = [
    ['cw.puno', 'case_worker', n.puno], ['cw.other', 'case_worker', n.puno], ['sup.puno', 'case_supervisor', n.puno], ['sup.other', 'case_supervisor', n.piura],
    ['member.ref', 'member', n.ananea], ['partner.ref', 'partner', n.national], ['health.ref', 'health_worker', n.puno],
  ];
  for (const [username, role, organisationId] of users) await t.createUser(username, role, { organisationId });
  return {
    caseWorker: await login('cw.puno'), otherCaseWorker: await login('cw.other'), supervisor: await login('sup.puno'), otherSupervisor: await login('sup.other'),
    member: await t.login('member.ref'), partner: await t.login('partner.ref'), healthWorker: await t.login('health.ref'),
  };
}

/** A referral with recorded consent, by anonymous code, to the given case worker and supervisor. */
export const referralBody = (staff: { caseWorkerId: string; supervisorId: string }, extra: Record<string, unknown> = {}) => ({
  id: uuidv7(), anonymous_code: `RP-${Math.floor(Math.random() * 1e6)}`, incident_type: 'physical_assault', incident_on: '2026-02-10', district: '211002',
  services: [{ kind: 'line_100', name: 'Línea 100' }, { kind: 'cem', name: 'CEM Ananea' }],
  case_worker_id: staff.caseWorkerId, supervisor_id: staff.supervisorId, consent: { given_on: '2026-02-11', method: 'verbal' }, ...extra,
});
