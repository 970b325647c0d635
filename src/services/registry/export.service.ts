/**
 * Registry exports (`pallay export people|organisations|memberships`): the same access rules as
 * reading (a partner gets only people who consented to share with her organisation, without
 * the sensitive fields; analysts get no individual records), and one audit row per export.
 */
import { PersonOutput, type PersonSearch } from '../../contracts/registry.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { PARTNER_HIDDEN_FIELDS, peopleReach, withoutHiddenFields } from '../../domain/registry/access.ts';
import { forbidden } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps, todayOf } from '../deps.ts';
import { peopleScope } from './people-access.ts';

export const EXPORT_KINDS = ['people', 'organisations', 'memberships'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const PAGE = 1000;

/** What an export holds: the columns in order and the records (CSV and XLSX are made from them). */
export interface ExportData {
  header: string[];
  records: Record<string, unknown>[];
}
const ORGANISATION_COLUMNS = ['id', 'kind', 'name', 'ruc', 'district', 'parent_id', 'mercury_free', 'recpo_code', 'gender_equity_statutes', 'statutes_registered_on'];
const MEMBERSHIP_COLUMNS = ['id', 'person_id', 'organisation_id', 'role', 'from_date', 'to_date'];

async function exportPeople(deps: ServiceDeps, ctx: CallContext, filters: Partial<PersonSearch>): Promise<ExportData> {
  authorize(ctx.actor, 'people.read');
  const reach = peopleReach(ctx.actor);
  const scope = await peopleScope(deps.store.repos, ctx.actor, todayOf(deps));
  const query: PersonSearch = { limit: PAGE, offset: 0, ...filters };
  const records: Record<string, unknown>[] = [];
  for (let afterId: string | null = null; ; ) {
    const page = await deps.store.repos.people.listFull(query, scope, afterId, PAGE);
    records.push(...page.map((p) => withoutHiddenFields(p, reach)));
    if (page.length < PAGE) break;
    afterId = page[page.length - 1]!.id;
  }
  const hidden: readonly string[] = reach === 'shared_by_consent' ? PARTNER_HIDDEN_FIELDS : [];
  const header = Object.keys(PersonOutput.shape).filter((c) => !hidden.includes(c));
  return { header, records: records.map((r) => Object.fromEntries(header.map((h) => [h, r[h]]))) };
}

async function exportMemberships(deps: ServiceDeps, ctx: CallContext): Promise<ExportData> {
  authorize(ctx.actor, 'people.read');
  const scope = await peopleScope(deps.store.repos, ctx.actor, todayOf(deps));
  if (scope.kind !== 'all' && scope.kind !== 'organisations') throw forbidden('Your role may not export memberships');
  const records = await deps.store.repos.memberships.listForOrganisations(scope.kind === 'all' ? null : scope.ids);
  return { header: MEMBERSHIP_COLUMNS, records };
}

export async function exportRegistry(deps: ServiceDeps, ctx: CallContext, kind: ExportKind, filters: Partial<PersonSearch> = {}): Promise<ExportData> {
  let data: ExportData;
  if (kind === 'people') data = await exportPeople(deps, ctx, filters);
  else if (kind === 'memberships') data = await exportMemberships(deps, ctx);
  else {
    authorize(ctx.actor, 'organisations.read');
    data = { header: ORGANISATION_COLUMNS, records: await deps.store.repos.orgs.list({}) };
  }
  await deps.store.transaction((repos) =>
    recordAudit(repos, ctx, deps.clock(), { action: 'export', entity: kind, entityId: null, after: { rows: data.records.length, filters } }),
  );
  return data;
}
