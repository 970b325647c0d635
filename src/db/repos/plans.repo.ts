/**
 * Plans and their node tree with the bodies responsible for or involved in each node. The
 * progress and indicator half of the repository is in plans-progress.repo.ts; both make the one
 * `plans` repository services see.
 */
import { and, asc, eq, inArray, isNull, notInArray, sql } from 'drizzle-orm';
import type { PlanLevel, PlanNodeKind, PlanStatus } from '../../contracts/plan-file.ts';
import type { TreeEntity } from '../../domain/plans/plan-tree.ts';
import type { PlanNodeRecord, PlanRecord, PlansRepo } from '../../services/plans/ports.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';
import { organisations } from '../schema/accounts.ts';
import { planIndicators, planNodeEntities, planNodes, plans } from '../schema/plans.ts';
import { planProgressRepo } from './plans-progress.repo.ts';

const toPlan = (r: typeof plans.$inferSelect): PlanRecord => ({ id: r.id, key: r.planKey, title: r.title, horizon: r.horizon, source_file: r.sourceFile, updated_at: r.updatedAt });

const countsSql = sql`
  count(*) FILTER (WHERE n.kind = 'objective')::int AS objectives,
  count(*) FILTER (WHERE n.kind = 'result')::int AS results,
  count(*) FILTER (WHERE n.kind = 'action')::int AS actions,
  (SELECT count(*)::int FROM plan_indicators i WHERE i.plan_id = p.id AND i.archived_at IS NULL) AS indicators`;

type Counts = { objectives: number; results: number; actions: number; indicators: number };

export function plansRepo(db: Db): PlansRepo {
  const entitiesOf = async (nodeIds: string[]) => {
    const byNode = new Map<string, { responsible: TreeEntity[]; involved: TreeEntity[] }>();
    if (nodeIds.length === 0) return byNode;
    const rows = await db.select().from(planNodeEntities).where(inArray(planNodeEntities.nodeId, nodeIds)).orderBy(asc(planNodeEntities.position));
    for (const r of rows) {
      const entry = byNode.get(r.nodeId) ?? { responsible: [], involved: [] };
      entry[r.role as 'responsible' | 'involved'].push({ name: r.name, organisation_id: r.organisationId });
      byNode.set(r.nodeId, entry);
    }
    return byNode;
  };
  const withEntities = async (rows: (typeof planNodes.$inferSelect)[]): Promise<PlanNodeRecord[]> => {
    const entities = await entitiesOf(rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id, plan_id: r.planId, kind: r.kind as PlanNodeKind, code: r.code, parent_id: r.parentId, position: r.position, title: r.title,
      description: r.description, level: r.level as PlanLevel, status: r.status as PlanStatus, start_date: r.startDate, end_date: r.endDate,
      version: r.version, archived: r.archivedAt !== null, responsible: entities.get(r.id)?.responsible ?? [], involved: entities.get(r.id)?.involved ?? [],
    }));
  };
  return {
    ...planProgressRepo(db),
    async findPlan(id) {
      const [row] = await db.select().from(plans).where(eq(plans.id, id));
      return row && toPlan(row);
    },
    async findPlanByKey(key) {
      const [row] = await db.select().from(plans).where(eq(plans.planKey, key));
      return row && toPlan(row);
    },
    async listPlans() {
      const rows = await queryRows<{ id: string; plan_key: string; title: string; horizon: number; source_file: string; updated_at: string | Date } & Counts>(db, sql`
        SELECT p.id, p.plan_key, p.title, p.horizon, p.source_file, p.updated_at, ${countsSql}
        FROM plans p LEFT JOIN plan_nodes n ON n.plan_id = p.id AND n.archived_at IS NULL
        GROUP BY p.id ORDER BY p.title`);
      return rows.map((r) => ({
        id: r.id, key: r.plan_key, title: r.title, horizon: r.horizon, source_file: r.source_file, updated_at: new Date(r.updated_at),
        objectives: r.objectives, results: r.results, actions: r.actions, indicators: r.indicators,
      }));
    },
    async counts(planId) {
      const [row] = await queryRows<Counts>(db, sql`
        SELECT ${countsSql} FROM plans p LEFT JOIN plan_nodes n ON n.plan_id = p.id AND n.archived_at IS NULL WHERE p.id = ${planId} GROUP BY p.id`);
      return row ?? { objectives: 0, results: 0, actions: 0, indicators: 0 };
    },
    async savePlan(p) {
      await db.insert(plans).values({ id: p.id, planKey: p.key, title: p.title, horizon: p.horizon, sourceFile: p.source_file, importedBy: p.imported_by, createdAt: p.at, updatedAt: p.at })
        .onConflictDoUpdate({ target: plans.id, set: { title: p.title, horizon: p.horizon, sourceFile: p.source_file, importedBy: p.imported_by, updatedAt: p.at } });
    },
    async nodes(planId, opts = {}) {
      const rows = await db.select().from(planNodes)
        .where(and(eq(planNodes.planId, planId), opts.withArchived ? undefined : isNull(planNodes.archivedAt)))
        .orderBy(asc(planNodes.position), asc(planNodes.code));
      return withEntities(rows);
    },
    async findNode(id) {
      const rows = await db.select().from(planNodes).where(eq(planNodes.id, id));
      return (await withEntities(rows))[0];
    },
    async upsertNodes(nodes, at) {
      for (const n of nodes) {
        const values = {
          planId: n.plan_id, kind: n.kind, code: n.code, parentId: n.parent_id, position: n.position, title: n.title, description: n.description,
          level: n.level, status: n.status, startDate: n.start_date, endDate: n.end_date, archivedAt: null, updatedAt: at,
        };
        await db.insert(planNodes).values({ id: n.id, ...values, createdAt: at }).onConflictDoUpdate({ target: planNodes.id, set: values });
      }
    },
    async archiveMissing(planId, keepNodeIds, keepIndicatorIds, at) {
      const nodes = await db.update(planNodes).set({ archivedAt: at, updatedAt: at })
        .where(and(eq(planNodes.planId, planId), isNull(planNodes.archivedAt), keepNodeIds.length ? notInArray(planNodes.id, [...keepNodeIds]) : undefined))
        .returning({ id: planNodes.id });
      const indicators = await db.update(planIndicators).set({ archivedAt: at, updatedAt: at })
        .where(and(eq(planIndicators.planId, planId), isNull(planIndicators.archivedAt), keepIndicatorIds.length ? notInArray(planIndicators.id, [...keepIndicatorIds]) : undefined))
        .returning({ id: planIndicators.id });
      return nodes.length + indicators.length;
    },
    async replaceEntities(planId, entities) {
      await db.delete(planNodeEntities).where(inArray(planNodeEntities.nodeId, db.select({ id: planNodes.id }).from(planNodes).where(eq(planNodes.planId, planId))));
      if (entities.length) {
        await db.insert(planNodeEntities).values(entities.map((e) => ({ nodeId: e.node_id, role: e.role, position: e.position, organisationId: e.organisation_id, name: e.name })));
      }
    },
    async setStatus(nodeId, status, at) {
      await db.update(planNodes).set({ status, updatedAt: at, version: sql`${planNodes.version} + 1` }).where(eq(planNodes.id, nodeId));
    },
    async organisationsByIdOrName(ids, names) {
      const found = ids.length ? await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, [...ids])) : [];
      const lower = [...new Set(names.map((n) => n.toLowerCase()))];
      const named = lower.length ? await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(sql`lower(${organisations.name})`, lower)) : [];
      return { byId: new Map(found.map((r) => [r.id, r.name])), byName: new Map(named.map((r) => [r.name.toLowerCase(), r])) };
    },
  };
}
