/**
 * Consent under Ley 29733: recorded per purpose with its method (signature, thumbprint, or
 * verbal with a named witness) and who recorded it; withdrawal takes effect on its date, so a
 * partner loses sight of her record at once.
 */
import { uuidv7 } from 'uuidv7';
import type { ConsentInput, ConsentOutput } from '../../contracts/registry.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { dateProblem } from '../../domain/registry/person-rules.ts';
import { AppError, notFound, validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps, todayOf } from '../deps.ts';
import { assertCanSeePerson, assertTakesNewRecords } from './people-access.ts';

function consentProblems(input: ConsentInput, today: string): FieldProblem[] {
  const problems: (FieldProblem | undefined)[] = [
    dateProblem('given_on', input.given_on, { today }),
    input.purpose === 'sharing' && !input.organisation_id ? { path: 'organisation_id', code: 'consent.sharing_needs_organisation', message: 'name the organisation she agrees to share with' } : undefined,
    input.purpose !== 'sharing' && input.organisation_id ? { path: 'organisation_id', code: 'consent.organisation_only_for_sharing', message: 'only a sharing consent names an organisation' } : undefined,
    input.method === 'verbal_with_witness' && !input.witness_name ? { path: 'witness_name', code: 'consent.witness_required', message: 'a verbal consent needs a named witness' } : undefined,
  ];
  return problems.filter((p): p is FieldProblem => p !== undefined);
}

export async function addConsent(deps: ServiceDeps, ctx: CallContext, personId: string, input: ConsentInput): Promise<ConsentOutput> {
  authorize(ctx.actor, 'consents.write');
  const today = todayOf(deps);
  const problems = consentProblems(input, today);
  if (problems.length) throw validationFailed(problems);
  return deps.store.transaction(async (repos) => {
    await assertCanSeePerson(repos, ctx.actor, personId, today);
    const id = input.id ?? uuidv7();
    const existing = await repos.consents.findById(id);
    if (existing) return existing;
    await assertTakesNewRecords(repos, personId);
    if (input.organisation_id && !(await repos.orgs.findById(input.organisation_id))) throw validationFailed([{ path: 'organisation_id', code: 'organisation.unknown', message: 'no such organisation' }]);
    const consent = await repos.consents.insert({
      id, person_id: personId, purpose: input.purpose, organisation_id: input.organisation_id ?? null, given_on: input.given_on,
      withdrawn_on: null, method: input.method, witness_name: input.witness_name ?? null, recorded_by: ctx.actor.type === 'user' ? ctx.actor.id : null,
    });
    await recordAudit(repos, ctx, deps.clock(), { action: 'give_consent', entity: 'consent', entityId: id, after: consent });
    return consent;
  });
}

export async function withdrawConsent(deps: ServiceDeps, ctx: CallContext, personId: string, consentId: string, withdrawnOn?: string): Promise<ConsentOutput> {
  authorize(ctx.actor, 'consents.write');
  const today = todayOf(deps);
  const on = withdrawnOn ?? today;
  const problem = dateProblem('withdrawn_on', on, { today });
  if (problem) throw validationFailed([problem]);
  return deps.store.transaction(async (repos) => {
    await assertCanSeePerson(repos, ctx.actor, personId, today);
    const before = await repos.consents.findById(consentId);
    if (!before || before.person_id !== personId) throw notFound('Consent');
    if (before.withdrawn_on) throw new AppError('CONFLICT', `This consent was already withdrawn on ${before.withdrawn_on}`, { rule: 'consent.already_withdrawn', params: { date: before.withdrawn_on } });
    if (on < before.given_on) throw validationFailed([{ path: 'withdrawn_on', code: 'consent.withdrawn_before_given', message: 'cannot be before the consent was given' }]);
    const after = await repos.consents.withdraw(consentId, on);
    // Statements issued to a lender under this consent stop being valid at once.
    if (before.purpose === 'sharing') await repos.statements.voidForConsent(consentId, deps.clock(), 'consent_withdrawn');
    await recordAudit(repos, ctx, deps.clock(), { action: 'withdraw_consent', entity: 'consent', entityId: consentId, before, after });
    return after!;
  });
}
