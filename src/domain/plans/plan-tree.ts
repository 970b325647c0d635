/**
 * The plan as a tree: nodes in reading order (each objective, then its results, each followed
 * by its actions), with each node's share done rolled up from its actions, and the filters by
 * level and by responsible or involved body. A filtered tree keeps the ancestors of every
 * match (marked `matches: false`), so a match is never shown without its objective.
 */
import type { PlanLevel, PlanNodeKind, PlanStatus } from '../../contracts/plan-file.ts';

export interface TreeEntity { name: string; organisation_id: string | null }

export interface TreeNodeInput {
  id: string;
  kind: PlanNodeKind;
  code: string;
  parent_id: string | null;
  position: number;
  level: PlanLevel;
  status: PlanStatus;
  responsible: TreeEntity[];
  involved: TreeEntity[];
  /** The latest progress update's percentage (null: none yet). */
  latest_percent: number | null;
}

export interface TreeFilter {
  level?: PlanLevel | undefined;
  /** An organisation id, or a body's name (compared without case and accents). */
  entity?: string | undefined;
}

export type TreeNode<T extends TreeNodeInput> = T & { depth: number; percent: number; matches: boolean };

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

export function matchesEntity(node: Pick<TreeNodeInput, 'responsible' | 'involved'>, entity: string): boolean {
  const wanted = fold(entity);
  return [...node.responsible, ...node.involved].some((e) => e.organisation_id === entity || fold(e.name) === wanted);
}

/** A leaf's share done: its latest report, else 100 when done and 0 otherwise. */
function leafPercent(node: TreeNodeInput): number {
  if (node.latest_percent !== null) return node.latest_percent;
  return node.status === 'done' ? 100 : 0;
}

export function buildTree<T extends TreeNodeInput>(nodes: readonly T[], filter: TreeFilter = {}): TreeNode<T>[] {
  const children = new Map<string | null, T[]>();
  for (const node of nodes) children.set(node.parent_id, [...(children.get(node.parent_id) ?? []), node]);
  for (const list of children.values()) list.sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));

  const percent = new Map<string, number>();
  const rollUp = (node: T): number => {
    const kids = children.get(node.id) ?? [];
    const value = kids.length === 0 ? leafPercent(node) : Math.round(kids.reduce((sum, kid) => sum + rollUp(kid), 0) / kids.length);
    percent.set(node.id, value);
    return value;
  };
  const ordered: { node: T; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      ordered.push({ node, depth });
      walk(node.id, depth + 1);
    }
  };
  for (const root of children.get(null) ?? []) rollUp(root);
  walk(null, 0);

  const isMatch = (n: T) => (!filter.level || n.level === filter.level) && (!filter.entity || matchesEntity(n, filter.entity));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const keep = new Set<string>();
  for (const n of nodes) {
    if (!isMatch(n)) continue;
    for (let at: T | undefined = n; at && !keep.has(at.id); at = at.parent_id ? byId.get(at.parent_id) : undefined) keep.add(at.id);
  }
  return ordered
    .filter(({ node }) => keep.has(node.id))
    .map(({ node, depth }) => ({ ...node, depth, percent: percent.get(node.id) ?? 0, matches: isMatch(node) }));
}

/** The whole plan's share done: the mean of its objectives. */
export function planPercent(tree: readonly { depth: number; percent: number }[]): number {
  const roots = tree.filter((n) => n.depth === 0);
  return roots.length ? Math.round(roots.reduce((s, n) => s + n.percent, 0) / roots.length) : 0;
}

/** Every body named in the plan, once (registered organisations by id, others by name). */
export function planEntities(nodes: readonly Pick<TreeNodeInput, 'responsible' | 'involved'>[]): TreeEntity[] {
  const seen = new Map<string, TreeEntity>();
  for (const e of nodes.flatMap((n) => [...n.responsible, ...n.involved])) seen.set(e.organisation_id ?? fold(e.name), e);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'es'));
}

/** Counts by status, for the plan's summary line. */
export function statusCounts(nodes: readonly { status: PlanStatus }[]): Record<PlanStatus, number> {
  const counts: Record<PlanStatus, number> = { not_started: 0, in_progress: 0, done: 0, blocked: 0 };
  for (const n of nodes) counts[n.status] += 1;
  return counts;
}
