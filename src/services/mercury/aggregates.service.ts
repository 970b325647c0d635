/**
 * Mercury figures that are not about one person: counts of people evaluated, above the
 * reference and above the alert value (each person's latest evaluation) by region or profile,
 * for staff and analysts, with every count under five hidden (the production reports' rule);
 * and the reminders list of people due for a repeat evaluation, for health workers only
 * (names are individual health information, so that read is audited).
 */
import { MIN_REPORT_CELL } from '../../contracts/production-reports.ts';
import type { AggregateQuery, AggregateReport, ReminderList, ReminderQuery } from '../../contracts/mercury.ts';
import { authorize, isNetworkWide } from '../../domain/auth/actor.ts';
import type { Actor } from '../../domain/auth/actor.ts';
import { cellsToSuppress } from '../../domain/production/report-cells.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanActInOrganisation } from '../registry/people-access.ts';

/** The organisations whose members the actor's figures cover: one subtree, hers, or all (null). */
async function organisationsOf(repos: Repos, actor: Actor, organisationId?: string): Promise<readonly string[] | null> {
  if (organisationId) {
    await assertCanActInOrganisation(repos, actor, organisationId);
    return repos.organisations.subtreeIds(organisationId);
  }
  if (isNetworkWide(actor)) return null;
  return actor.organisationId ? repos.organisations.subtreeIds(actor.organisationId) : [];
}

const shown = (n: number) => (n < MIN_REPORT_CELL ? null : n);

export async function mercuryAggregates(deps: ServiceDeps, ctx: CallContext, query: AggregateQuery): Promise<AggregateReport> {
  authorize(ctx.actor, 'mercury.aggregates');
  const repos = deps.store.repos;
  const { groups, total } = await repos.mercury.aggregate(query.by, await organisationsOf(repos, ctx.actor, query.organisation_id));
  const hidden = (['evaluated', 'above_reference', 'above_alert'] as const).map((m) => cellsToSuppress(groups.map((g) => ({ count: g[m] })), MIN_REPORT_CELL));
  const [hideEvaluated, hideReference, hideAlert] = hidden as [Set<number>, Set<number>, Set<number>];
  return {
    by: query.by,
    min_cell: MIN_REPORT_CELL,
    rows: groups.map((g, i) => ({
      key: g.key, label: g.label,
      suppressed: hidden.some((h) => h.has(i)),
      evaluated: hideEvaluated.has(i) ? null : g.evaluated,
      above_reference: hideReference.has(i) ? null : g.above_reference,
      above_alert: hideAlert.has(i) ? null : g.above_alert,
    })),
    total: { evaluated: shown(total.evaluated), above_reference: shown(total.above_reference), above_alert: shown(total.above_alert) },
  };
}

/** People whose latest evaluation is due within `within_days` (or overdue), for the health worker's rounds. */
export async function mercuryReminders(deps: ServiceDeps, ctx: CallContext, query: ReminderQuery): Promise<ReminderList> {
  authorize(ctx.actor, 'mercury.record');
  const today = todayOf(deps);
  const until = new Date(Date.parse(`${today}T00:00:00Z`) + query.within_days * 86_400_000).toISOString().slice(0, 10);
  return deps.store.transaction(async (repos) => {
    const due = await repos.mercury.dueBy(until, await organisationsOf(repos, ctx.actor, query.organisation_id));
    await recordAudit(repos, ctx, deps.clock(), { action: 'read', entity: 'mercury_reminders', entityId: null, after: { until, count: due.length } });
    return {
      until,
      items: due.map((d) => ({ person_id: d.person_id, name: d.name, last_sampled_on: d.sampled_on, classification: d.classification, follow_up: d.follow_up, next_due_on: d.next_due_on, overdue: d.next_due_on < today })),
    };
  });
}
