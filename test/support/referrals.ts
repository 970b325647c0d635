/**
 * Referral personas for integration tests: a case worker and her supervisor (assigned), a case
 * worker and a supervisor who are not, and one signed-in user of every other role; plus a valid
 * referral body. Case staff are enrolled in TOTP by `login` when the second factor is required.
 */
import { uuidv7 } from 'uuidv7';
import type { Role } from '../../src/domain/auth/roles.ts';
import type { Session, TestApp } from './app.ts';
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

export async function buildCaseStaff(t: TestApp, n: Network, login: (username: string) => Promise<Session> = (u) => t.login(u)): Promise<CaseStaff> {
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
