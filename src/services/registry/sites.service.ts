/**
 * Mining sites (name, district, coordinates, concession code, operator) and ore-selection
 * authorisations: a woman or an association allowed, in writing or verbally, to select ore
 * at a site for a period.
 */
import { uuidv7 } from 'uuidv7';
import type { AuthorisationInput, AuthorisationOutput, SiteInput, SiteOutput, SiteUpdate } from '../../contracts/sites.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { periodProblem } from '../../domain/registry/person-rules.ts';
import { notFound, validationFailed, versionConflict, type FieldProblem } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps, todayOf } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanSeePerson, assertTakesNewRecords } from './people-access.ts';

type Fields = Omit<SiteOutput, 'id' | 'version'>;

/** Every problem of a site as it would be saved: unknown district or operator, half coordinates. */
async function siteProblems(repos: Repos, site: Fields): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (site.district && !(await repos.places.isDistrict(site.district))) problems.push({ path: 'district', code: 'district.unknown', message: 'is not a UBIGEO district code' });
  if ((site.lat == null) !== (site.lon == null)) problems.push({ path: site.lat == null ? 'lat' : 'lon', code: 'coordinates.both_or_neither', message: 'give both latitude and longitude, or neither' });
  if (site.operator_organisation_id && !(await repos.orgs.findById(site.operator_organisation_id))) problems.push({ path: 'operator_organisation_id', code: 'organisation.unknown', message: 'no such organisation' });
  return problems;
}

export async function createSite(deps: ServiceDeps, ctx: CallContext, input: SiteInput): Promise<SiteOutput> {
  authorize(ctx.actor, 'sites.write');
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const existing = await repos.sites.findById(id);
    if (existing) return existing;
    const fields: Fields = {
      name: input.name, district: input.district ?? null, lat: input.lat ?? null, lon: input.lon ?? null,
      concession_code: input.concession_code ?? null, operator_organisation_id: input.operator_organisation_id ?? null,
    };
    const problems = await siteProblems(repos, fields);
    if (problems.length) throw validationFailed(problems);
    const site = await repos.sites.insert({ id, ...fields });
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'mining_site', entityId: id, after: site });
    return site;
  });
}

/** Corrects a site: the fields sent change, the rest stay; a stale `version` changes nothing. */
export async function updateSite(deps: ServiceDeps, ctx: CallContext, id: string, change: SiteUpdate): Promise<SiteOutput> {
  authorize(ctx.actor, 'sites.write');
  return deps.store.transaction(async (repos) => {
    const before = await repos.sites.findById(id);
    if (!before) throw notFound('Mining site');
    const { version, ...fields } = change;
    const problems = await siteProblems(repos, { ...before, ...fields });
    if (problems.length) throw validationFailed(problems);
    const after = await repos.sites.update(id, version, fields);
    if (!after) throw versionConflict('mining site', before.version);
    await recordAudit(repos, ctx, deps.clock(), { action: 'update', entity: 'mining_site', entityId: id, before, after });
    return after;
  });
}

export async function listSites(deps: ServiceDeps, ctx: CallContext, query: { q?: string; district?: string }) {
  authorize(ctx.actor, 'sites.read');
  return deps.store.repos.sites.list(query);
}

export async function getSite(deps: ServiceDeps, ctx: CallContext, id: string) {
  authorize(ctx.actor, 'sites.read');
  const site = await deps.store.repos.sites.findById(id);
  if (!site) throw notFound('Mining site');
  return { site, authorisations: await deps.store.repos.sites.listAuthorisations(id) };
}

export async function addAuthorisation(deps: ServiceDeps, ctx: CallContext, siteId: string, input: AuthorisationInput): Promise<AuthorisationOutput> {
  authorize(ctx.actor, 'sites.write');
  const problems = periodProblem('from_date', 'to_date', input.from_date, input.to_date);
  if (!input.person_id === !input.organisation_id) problems.push({ path: 'person_id', code: 'authorisation.one_holder', message: 'name either one person or one association' });
  if (problems.length) throw validationFailed(problems);
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const existing = await repos.sites.findAuthorisation(id);
    if (existing) return existing;
    if (!(await repos.sites.findById(siteId))) throw notFound('Mining site');
    if (input.person_id) {
      await assertCanSeePerson(repos, ctx.actor, input.person_id, todayOf(deps));
      await assertTakesNewRecords(repos, input.person_id);
    }
    if (input.organisation_id && !(await repos.orgs.findById(input.organisation_id))) throw validationFailed([{ path: 'organisation_id', code: 'organisation.unknown', message: 'no such organisation' }]);
    const authorisation = await repos.sites.insertAuthorisation({
      id, site_id: siteId, person_id: input.person_id ?? null, organisation_id: input.organisation_id ?? null, kind: input.kind,
      from_date: input.from_date, to_date: input.to_date ?? null, document_ref: input.document_ref ?? null,
    });
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'selection_authorisation', entityId: id, after: authorisation });
    return authorisation;
  });
}
