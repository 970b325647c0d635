/**
 * Opening a referral: a case worker (for herself), a supervisor (for one of her case workers) or
 * a promoter, who hands it over at once to a case worker and gets only a receipt back. The
 * woman's informed consent (date, method) is required, or a consent override with a written
 * reason, which only a supervisor may make (403 otherwise) and which is audited. Bad input lists
 * every field problem and writes nothing. The audit rows name no woman: admins read the audit log.
 */
import { uuidv7 } from 'uuidv7';
import type { ReferralInput, ReferralReceipt } from '../../contracts/referrals.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { hasPermission, type Role } from '../../domain/auth/roles.ts';
import { AppError, forbidden, validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertSecondFactor } from '../accounts/totp.service.ts';
import { assertCanSeePerson, assertTakesNewRecords } from '../registry/people-access.ts';
import { userIdOf } from './access.ts';

export async function createReferral(deps: ServiceDeps, ctx: CallContext, input: ReferralInput): Promise<ReferralReceipt> {
  authorize(ctx.actor, 'referrals.create');
  const actorId = userIdOf(ctx.actor);
  if (input.consent_override && !hasPermission(ctx.actor.role, 'referrals.supervise')) throw forbidden('Only a case supervisor may override consent');
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    await assertSecondFactor(repos, ctx.actor);
    const id = input.id ?? uuidv7();
    const existing = await repos.referrals.find(id);
    if (existing) {
      if (existing.created_by !== actorId) throw new AppError('CONFLICT', 'A referral with this id already exists');
      return receipt(existing);
    }
    const { caseWorkerId, supervisorId, problems } = await checkInput(repos, ctx.actor.role, actorId, input, today);
    if (problems.length) throw validationFailed(problems);
    if (input.person_id) {
      await assertCanSeePerson(repos, ctx.actor, input.person_id, today);
      await assertTakesNewRecords(repos, input.person_id);
    }
    await repos.referrals.insert({
      id, person_id: input.person_id ?? null, anonymous_code: input.anonymous_code ?? null, incident_type: input.incident_type, incident_on: input.incident_on,
      district: input.district, case_worker_id: caseWorkerId!, supervisor_id: supervisorId!, consent: input.consent ?? null,
      consent_override: input.consent_override ? { reason: input.consent_override.reason, by: actorId } : null,
      services: input.services.map((s) => ({ kind: s.kind, name: s.name, service_point_id: s.service_point_id ?? null })), created_by: actorId,
    });
    const at = deps.clock();
    await recordAudit(repos, ctx, at, { action: 'create', entity: 'referral', entityId: id, after: { case_worker_id: caseWorkerId, supervisor_id: supervisorId, consent: input.consent ? 'recorded' : 'override' } });
    if (input.consent_override) await recordAudit(repos, ctx, at, { action: 'consent_override', entity: 'referral', entityId: id, after: { by: actorId, reason_length: input.consent_override.reason.length } });
    return { id, status: 'open', case_worker_id: caseWorkerId!, supervisor_id: supervisorId! };
  });
}

const receipt = (r: { id: string; status: ReferralReceipt['status']; case_worker_id: string; supervisor_id: string }): ReferralReceipt => ({
  id: r.id, status: r.status, case_worker_id: r.case_worker_id, supervisor_id: r.supervisor_id,
});

async function checkInput(repos: Repos, role: Role, actorId: string, input: ReferralInput, today: string) {
  const problems: FieldProblem[] = [];
  if (!input.consent && !input.consent_override) {
    problems.push({ path: 'consent', code: 'referral.consent_required', message: 'record the woman\'s informed consent (date and method), or a supervisor\'s override with a written reason' });
  }
  if (input.consent && input.consent_override) problems.push({ path: 'consent_override', code: 'referral.consent_and_override', message: 'give either consent or an override, not both' });
  if (Boolean(input.person_id) === Boolean(input.anonymous_code)) problems.push({ path: 'person_id', code: 'referral.survivor', message: 'give either a registry person or an anonymous code' });
  if (input.incident_on > today) problems.push({ path: 'incident_on', code: 'date.in_future', params: { max: today }, message: `cannot be after today (${today})` });
  if (input.consent && input.consent.given_on > today) problems.push({ path: 'consent.given_on', code: 'date.in_future', params: { max: today }, message: `cannot be after today (${today})` });
  if (!(await repos.places.isDistrict(input.district))) problems.push({ path: 'district', code: 'ubigeo.unknown_district', message: 'is not a known district' });
  for (const [i, s] of input.services.entries()) {
    if (s.service_point_id && !(await repos.referrals.servicePointExists(s.service_point_id))) problems.push({ path: `services.${i}.service_point_id`, code: 'referral.unknown_service_point', message: 'is not in the services directory' });
  }
  const caseWorkerId = input.case_worker_id ?? (role === 'case_worker' ? actorId : undefined);
  const supervisorId = input.supervisor_id ?? (role === 'case_supervisor' ? actorId : undefined);
  if (role === 'case_worker' && caseWorkerId !== actorId) problems.push({ path: 'case_worker_id', code: 'referral.own_cases', message: 'a case worker opens referrals for herself' });
  problems.push(...(await checkStaff(repos, caseWorkerId, 'case_worker', 'case_worker_id')), ...(await checkStaff(repos, supervisorId, 'case_supervisor', 'supervisor_id')));
  return { caseWorkerId, supervisorId, problems };
}

/** Problems with a staff member named on a referral: missing, unknown, disabled or of another role. */
export async function checkStaff(repos: Repos, userId: string | undefined, role: Role, path: string): Promise<FieldProblem[]> {
  if (!userId) return [{ path, code: 'required', message: 'is required' }];
  const user = await repos.users.findById(userId);
  if (!user || user.disabledAt || user.role !== role) return [{ path, code: `referral.not_a_${role}`, message: `is not an active ${role.replace('_', ' ')} account` }];
  return [];
}

/** The active case workers and supervisors a referral can be handed to (names and ids only). */
export async function referralStaff(deps: ServiceDeps, ctx: CallContext): Promise<{ id: string; display_name: string; role: 'case_worker' | 'case_supervisor' }[]> {
  authorize(ctx.actor, 'referrals.create');
  const users = await deps.store.repos.users.list({});
  return users
    .filter((u) => !u.disabledAt && (u.role === 'case_worker' || u.role === 'case_supervisor'))
    .map((u) => ({ id: u.id, display_name: u.displayName, role: u.role as 'case_worker' | 'case_supervisor' }))
    .sort((a, b) => a.role.localeCompare(b.role) || a.display_name.localeCompare(b.display_name));
}
