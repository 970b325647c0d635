/**
 * Progress updates, indicators (with their yearly targets) and measured values of action
 * plans. Updates and measured values carry ids made by their client, so a resend inserts
 * nothing; nothing here ever deletes an update or a measured value.
 */
import { and, asc, desc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { IndicatorQuery } from '../../contracts/indicator-queries.ts';
import type { PlanStatus } from '../../contracts/plan-file.ts';
import type { ActualRecord, IndicatorRecord, PlansRepo, ProgressRecord } from '../../services/plans/ports.ts';
import type { Db } from '../client.ts';
import { planIndicatorActuals, planIndicators, planIndicatorTargets, planNodes, planProgressUpdates } from '../schema/plans.ts';

type ProgressPart = Pick<PlansRepo, 'insertProgress' | 'findProgress' | 'progressOfNode' | 'latestProgress' | 'progressBetween' | 'indicators' | 'findIndicator' | 'upsertIndicators' | 'insertActual' | 'actuals'>;

const toProgress = (r: typeof planProgressUpdates.$inferSelect): ProgressRecord => ({
  id: r.id, node_id: r.nodeId, reported_on: r.reportedOn, author_id: r.authorId, author_name: r.authorName, note: r.note, percent: r.percent,
  status: r.status as PlanStatus | null, evidence_url: r.evidenceUrl, created_at: r.createdAt,
});

const toActual = (r: typeof planIndicatorActuals.$inferSelect): ActualRecord => ({
  id: r.id, indicator_id: r.indicatorId, measured_on: r.measuredOn, value: Number(r.value), source: r.source, entered_by: r.enteredBy, created_at: r.createdAt,
});

const nodesOfPlan = (db: Db, planId: string) => db.select({ id: planNodes.id }).from(planNodes).where(eq(planNodes.planId, planId));

export function planProgressRepo(db: Db): ProgressPart {
  const indicatorRows = async (where: ReturnType<typeof and>): Promise<IndicatorRecord[]> => {
    const rows = await db.select().from(planIndicators).where(where).orderBy(asc(planIndicators.code));
    const targets = rows.length
      ? await db.select().from(planIndicatorTargets).where(inArray(planIndicatorTargets.indicatorId, rows.map((r) => r.id))).orderBy(asc(planIndicatorTargets.year))
      : [];
    return rows.map((r) => ({
      id: r.id, plan_id: r.planId, node_id: r.nodeId, code: r.code, name: r.name, unit: r.unit,
      baseline_value: r.baselineValue === null ? null : Number(r.baselineValue), baseline_year: r.baselineYear, baseline_source: r.baselineSource,
      live_query: (r.liveQuery as IndicatorQuery | null) ?? null, archived: r.archivedAt !== null,
      targets: targets.filter((t) => t.indicatorId === r.id).map((t) => ({ year: t.year, value: Number(t.value) })),
    }));
  };
  return {
    async insertProgress(updates) {
      if (updates.length === 0) return 0;
      const rows = await db.insert(planProgressUpdates).values(updates.map((u) => ({
        id: u.id, nodeId: u.node_id, reportedOn: u.reported_on, authorId: u.author_id, authorName: u.author_name, note: u.note,
        percent: u.percent, status: u.status, evidenceUrl: u.evidence_url,
      }))).onConflictDoNothing({ target: planProgressUpdates.id }).returning({ id: planProgressUpdates.id });
      return rows.length;
    },
    async findProgress(id) {
      const [row] = await db.select().from(planProgressUpdates).where(eq(planProgressUpdates.id, id));
      return row && toProgress(row);
    },
    async progressOfNode(nodeId) {
      const rows = await db.select().from(planProgressUpdates).where(eq(planProgressUpdates.nodeId, nodeId))
        .orderBy(desc(planProgressUpdates.reportedOn), desc(planProgressUpdates.createdAt), desc(planProgressUpdates.id));
      return rows.map(toProgress);
    },
    async latestProgress(planId) {
      const rows = await db.selectDistinctOn([planProgressUpdates.nodeId]).from(planProgressUpdates)
        .where(inArray(planProgressUpdates.nodeId, nodesOfPlan(db, planId)))
        .orderBy(planProgressUpdates.nodeId, desc(planProgressUpdates.reportedOn), desc(planProgressUpdates.createdAt), desc(planProgressUpdates.id));
      return rows.map(toProgress);
    },
    async progressBetween(planId, from, to) {
      const rows = await db.select().from(planProgressUpdates)
        .where(and(inArray(planProgressUpdates.nodeId, nodesOfPlan(db, planId)), gte(planProgressUpdates.reportedOn, from), lte(planProgressUpdates.reportedOn, to)))
        .orderBy(asc(planProgressUpdates.reportedOn), asc(planProgressUpdates.createdAt));
      return rows.map(toProgress);
    },
    indicators(planId, opts = {}) {
      return indicatorRows(and(eq(planIndicators.planId, planId), opts.nodeId ? eq(planIndicators.nodeId, opts.nodeId) : undefined, opts.withArchived ? undefined : isNull(planIndicators.archivedAt)));
    },
    async findIndicator(id) {
      return (await indicatorRows(and(eq(planIndicators.id, id))))[0];
    },
    async upsertIndicators(indicators, at) {
      for (const i of indicators) {
        const values = {
          planId: i.plan_id, nodeId: i.node_id, code: i.code, name: i.name, unit: i.unit, baselineValue: i.baseline_value, baselineYear: i.baseline_year,
          baselineSource: i.baseline_source, liveQuery: i.live_query, archivedAt: null, updatedAt: at,
        };
        await db.insert(planIndicators).values({ id: i.id, ...values, createdAt: at }).onConflictDoUpdate({ target: planIndicators.id, set: values });
        await db.delete(planIndicatorTargets).where(eq(planIndicatorTargets.indicatorId, i.id));
        if (i.targets.length) await db.insert(planIndicatorTargets).values(i.targets.map((t) => ({ indicatorId: i.id, year: t.year, value: t.value })));
      }
    },
    async insertActual(a) {
      const rows = await db.insert(planIndicatorActuals).values({ id: a.id, indicatorId: a.indicator_id, measuredOn: a.measured_on, value: a.value, source: a.source, enteredBy: a.entered_by })
        .onConflictDoNothing({ target: planIndicatorActuals.id }).returning({ id: planIndicatorActuals.id });
      return rows.length > 0;
    },
    async actuals(indicatorIds) {
      if (indicatorIds.length === 0) return [];
      const rows = await db.select().from(planIndicatorActuals).where(inArray(planIndicatorActuals.indicatorId, [...indicatorIds]))
        .orderBy(asc(planIndicatorActuals.measuredOn), asc(planIndicatorActuals.createdAt));
      return rows.map(toActual);
    },
  };
}
