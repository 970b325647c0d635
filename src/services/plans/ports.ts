/** Repository interface of action plans: plans, their node tree, progress and indicators. */
import type { IndicatorQuery } from '../../contracts/indicator-queries.ts';
import type { PlanLevel, PlanNodeKind, PlanStatus } from '../../contracts/plan-file.ts';
import type { TreeEntity } from '../../domain/plans/plan-tree.ts';

export interface PlanRecord {
  id: string;
  key: string;
  title: string;
  horizon: number;
  source_file: string;
  updated_at: Date;
}

export interface PlanCounts { objectives: number; results: number; actions: number; indicators: number }

export interface PlanNodeRecord {
  id: string;
  plan_id: string;
  kind: PlanNodeKind;
  code: string;
  parent_id: string | null;
  position: number;
  title: string;
  description: string | null;
  level: PlanLevel;
  status: PlanStatus;
  start_date: string | null;
  end_date: string | null;
  version: number;
  archived: boolean;
  responsible: TreeEntity[];
  involved: TreeEntity[];
}

export type NodeWrite = Omit<PlanNodeRecord, 'version' | 'archived' | 'responsible' | 'involved'>;
export interface EntityWrite { node_id: string; role: 'responsible' | 'involved'; position: number; organisation_id: string | null; name: string }

export interface ProgressRecord {
  id: string;
  node_id: string;
  reported_on: string;
  author_id: string | null;
  author_name: string;
  note: string;
  percent: number;
  status: PlanStatus | null;
  evidence_url: string | null;
  created_at: Date;
}

export interface IndicatorRecord {
  id: string;
  plan_id: string;
  node_id: string;
  code: string;
  name: string;
  unit: string;
  baseline_value: number | null;
  baseline_year: number | null;
  baseline_source: string | null;
  live_query: IndicatorQuery | null;
  archived: boolean;
  targets: { year: number; value: number }[];
}

export interface ActualRecord { id: string; indicator_id: string; measured_on: string; value: number; source: string; entered_by: string | null; created_at: Date }

export interface PlansRepo {
  findPlan(id: string): Promise<PlanRecord | undefined>;
  findPlanByKey(key: string): Promise<PlanRecord | undefined>;
  listPlans(): Promise<(PlanRecord & PlanCounts)[]>;
  counts(planId: string): Promise<PlanCounts>;
  savePlan(plan: Omit<PlanRecord, 'updated_at'> & { imported_by: string | null; at: Date }): Promise<void>;
  /** Nodes of a plan; archived ones only when asked. */
  nodes(planId: string, opts?: { withArchived?: boolean }): Promise<PlanNodeRecord[]>;
  findNode(id: string): Promise<PlanNodeRecord | undefined>;
  /** Inserts or updates nodes by id (parents first) and un-archives them. */
  upsertNodes(nodes: readonly NodeWrite[], at: Date): Promise<void>;
  /** Archives the plan's live nodes and indicators whose ids are not kept; returns how many. */
  archiveMissing(planId: string, keepNodeIds: readonly string[], keepIndicatorIds: readonly string[], at: Date): Promise<number>;
  replaceEntities(planId: string, entities: readonly EntityWrite[]): Promise<void>;
  /** Sets a node's status; bumps its version. */
  setStatus(nodeId: string, status: PlanStatus, at: Date): Promise<void>;
  /** Inserts updates whose id is new; returns how many were inserted. */
  insertProgress(updates: readonly Omit<ProgressRecord, 'created_at'>[]): Promise<number>;
  findProgress(id: string): Promise<ProgressRecord | undefined>;
  progressOfNode(nodeId: string): Promise<ProgressRecord[]>;
  /** The latest update of each node of the plan (by date reported, then by entry). */
  latestProgress(planId: string): Promise<ProgressRecord[]>;
  progressBetween(planId: string, from: string, to: string): Promise<ProgressRecord[]>;
  indicators(planId: string, opts?: { nodeId?: string; withArchived?: boolean }): Promise<IndicatorRecord[]>;
  findIndicator(id: string): Promise<IndicatorRecord | undefined>;
  /** Inserts or updates indicators by id, replacing their targets, and un-archives them. */
  upsertIndicators(indicators: readonly Omit<IndicatorRecord, 'archived'>[], at: Date): Promise<void>;
  insertActual(actual: Omit<ActualRecord, 'created_at'>): Promise<boolean>;
  actuals(indicatorIds: readonly string[]): Promise<ActualRecord[]>;
  /** Registered organisations by id (those that exist) and by name (lower-case, exact). */
  organisationsByIdOrName(ids: readonly string[], names: readonly string[]): Promise<{ byId: Map<string, string>; byName: Map<string, { id: string; name: string }> }>;
}

export interface PlanRepos {
  plans: PlansRepo;
}
