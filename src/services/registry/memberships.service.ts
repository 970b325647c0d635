/** Enrolling people in organisations (with a board role) and ending memberships. */
import { uuidv7 } from 'uuidv7';
import type { MembershipInput, MembershipOutput } from '../../contracts/registry.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { periodProblem } from '../../domain/registry/person-rules.ts';
import { notFound, validationFailed } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertCanActInOrganisation } from './people-access.ts';

export async function addMembership(deps: ServiceDeps, ctx: CallContext, input: MembershipInput): Promise<MembershipOutput> {
  authorize(ctx.actor, 'memberships.write');
  const problems = periodProblem('from_date', 'to_date', input.from_date, input.to_date);
  if (problems.length) throw validationFailed(problems);
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const existing = await repos.memberships.findById(id);
    if (existing) return existing;
    await assertCanActInOrganisation(repos, ctx.actor, input.organisation_id);
    const person = await repos.people.findById(input.person_id);
    if (!person || person.merged_into_id) throw validationFailed([{ path: 'person_id', code: 'person.unknown', message: 'no such person' }]);
    if (!(await repos.orgs.findById(input.organisation_id))) throw validationFailed([{ path: 'organisation_id', code: 'organisation.unknown', message: 'no such organisation' }]);
    const membership = await repos.memberships.insert({ ...input, id, to_date: input.to_date ?? null });
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'membership', entityId: id, after: membership });
    return membership;
  });
}

export async function endMembership(deps: ServiceDeps, ctx: CallContext, id: string, toDate: string): Promise<MembershipOutput> {
  authorize(ctx.actor, 'memberships.write');
  return deps.store.transaction(async (repos) => {
    const before = await repos.memberships.findById(id);
    if (!before) throw notFound('Membership');
    await assertCanActInOrganisation(repos, ctx.actor, before.organisation_id);
    const problems = periodProblem('from_date', 'to_date', before.from_date, toDate);
    if (problems.length) throw validationFailed(problems);
    const after = await repos.memberships.end(id, toDate);
    await recordAudit(repos, ctx, deps.clock(), { action: 'end', entity: 'membership', entityId: id, before, after });
    return after!;
  });
}
