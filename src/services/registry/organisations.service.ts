/**
 * Organisations of the network tree: create and edit within one's subtree (never making an
 * organisation its own ancestor), list, and read with board, assembly and the women's share
 * of each (action 14.1 of the gender action plan: gender quotas).
 */
import { uuidv7 } from 'uuidv7';
import type { OrganisationInput, OrganisationOutput, OrganisationUpdate } from '../../contracts/registry.ts';
import { authorize, isNetworkWide } from '../../domain/auth/actor.ts';
import { rucFieldProblem } from '../../domain/registry/identity.ts';
import { dateProblem } from '../../domain/registry/person-rules.ts';
import { notFound, validationFailed, versionConflict, type FieldProblem } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps, todayOf } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanActInOrganisation } from './people-access.ts';

type Fields = Partial<Omit<OrganisationInput, 'id'>>;

async function organisationProblems(repos: Repos, id: string, o: Fields, today: string): Promise<FieldProblem[]> {
  const problems: (FieldProblem | undefined)[] = [
    o.ruc ? rucFieldProblem('ruc', o.ruc) : undefined,
    o.district && !(await repos.places.isDistrict(o.district)) ? { path: 'district', code: 'district.unknown', message: 'is not a UBIGEO district code' } : undefined,
    dateProblem('statutes_registered_on', o.statutes_registered_on, { today }),
    o.mercury_free != null && o.kind !== undefined && o.kind !== 'processing_plant' ? { path: 'mercury_free', code: 'mercury_free.only_plants', message: 'applies only to processing plants' } : undefined,
  ];
  if (o.parent_id) {
    if (o.parent_id === id || (await repos.organisations.ancestorIds(o.parent_id)).includes(id)) {
      problems.push({ path: 'parent_id', code: 'parent_id.cycle', message: 'would make the organisation its own ancestor' });
    } else if (!(await repos.orgs.findById(o.parent_id))) problems.push({ path: 'parent_id', code: 'organisation.unknown', message: 'no such organisation' });
  }
  return problems.filter((p): p is FieldProblem => p !== undefined);
}

export async function createOrganisation(deps: ServiceDeps, ctx: CallContext, input: OrganisationInput): Promise<OrganisationOutput> {
  authorize(ctx.actor, 'organisations.write');
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const existing = await repos.orgs.findById(id);
    if (existing) return existing;
    if (input.parent_id) await assertCanActInOrganisation(repos, ctx.actor, input.parent_id);
    else if (!isNetworkWide(ctx.actor)) throw validationFailed([{ path: 'parent_id', code: 'parent_id.required', message: 'is required: place it inside your network' }]);
    const problems = await organisationProblems(repos, id, input, todayOf(deps));
    if (problems.length) throw validationFailed(problems);
    const org = await repos.orgs.insert({
      id, kind: input.kind, name: input.name, ruc: input.ruc ?? null, district: input.district ?? null, parent_id: input.parent_id ?? null,
      mercury_free: input.mercury_free ?? null, recpo_code: input.recpo_code ?? null, gender_equity_statutes: input.gender_equity_statutes ?? null, statutes_registered_on: input.statutes_registered_on ?? null,
    });
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'organisation', entityId: id, after: org });
    return org;
  });
}

export async function updateOrganisation(deps: ServiceDeps, ctx: CallContext, id: string, change: OrganisationUpdate): Promise<OrganisationOutput> {
  authorize(ctx.actor, 'organisations.write');
  return deps.store.transaction(async (repos) => {
    const before = await repos.orgs.findById(id);
    if (!before) throw notFound('Organisation');
    await assertCanActInOrganisation(repos, ctx.actor, id);
    if (change.parent_id) await assertCanActInOrganisation(repos, ctx.actor, change.parent_id);
    const { version, ...fields } = change;
    const problems = await organisationProblems(repos, id, { ...before, ...fields }, todayOf(deps));
    if (problems.length) throw validationFailed(problems);
    const after = await repos.orgs.update(id, version, fields);
    if (!after) throw versionConflict('organisation', before.version);
    await recordAudit(repos, ctx, deps.clock(), { action: 'update', entity: 'organisation', entityId: id, before, after });
    return after;
  });
}

export async function listOrganisations(deps: ServiceDeps, ctx: CallContext, query: { q?: string; kind?: string }) {
  authorize(ctx.actor, 'organisations.read');
  return deps.store.repos.orgs.list(query);
}

export async function getOrganisation(deps: ServiceDeps, ctx: CallContext, id: string) {
  authorize(ctx.actor, 'organisations.read');
  const { repos } = deps.store;
  const organisation = await repos.orgs.findById(id);
  if (!organisation) throw notFound('Organisation');
  const today = todayOf(deps);
  const gender_share = await repos.memberships.genderShare(id, today);
  const canSeeMembers = await assertCanActInOrganisation(repos, ctx.actor, id).then(() => ['admin', 'coordinator', 'association_leader', 'promoter'].includes(ctx.actor.role), () => false);
  const memberships = canSeeMembers ? await repos.memberships.listForOrganisation(id) : [];
  return { organisation, gender_share, memberships };
}
