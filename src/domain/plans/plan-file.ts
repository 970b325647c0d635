/**
 * Reads an action-plan file (src/contracts/plan-file.ts) into flat lists of nodes and
 * indicators, ready to store. Every problem names its path in the file
 * (`objectives.0.results.1.actions.2.code`), and a file with any problem yields no plan at all,
 * so nothing half-read is ever written. Levels and responsible bodies are inherited down the
 * tree when a result or action gives none; a node's status from the file is kept as given
 * (null: "keep what monitoring recorded").
 */
import { PlanFile, type PlanEntity, type PlanFileIndicator, type PlanFileProgress, type PlanLevel, type PlanNodeKind, type PlanStatus } from '../../contracts/plan-file.ts';
import type { IndicatorQuery } from '../../contracts/indicator-queries.ts';
import type { FieldProblem } from '../errors.ts';
import { checkDates, checkIndicator } from './plan-rules.ts';

export interface PlanEntityRef { name: string | null; organisationId: string | null }

export interface ParsedNode {
  /** Where the node is in the file (`objectives.0.results.1`), for messages about it. */
  path: string;
  kind: PlanNodeKind;
  code: string;
  parentCode: string | null;
  position: number;
  title: string;
  description: string | null;
  level: PlanLevel;
  status: PlanStatus | null;
  start: string | null;
  end: string | null;
  responsible: PlanEntityRef[];
  involved: PlanEntityRef[];
  progress: PlanFileProgress[];
}

export interface ParsedIndicator {
  code: string;
  nodeCode: string;
  name: string;
  unit: string;
  baseline: { value: number; year: number; source: string | null } | null;
  targets: { year: number; value: number }[];
  query: IndicatorQuery | null;
}

export interface ParsedPlan {
  key: string;
  title: string;
  horizon: number;
  nodes: ParsedNode[];
  indicators: ParsedIndicator[];
}

export type ParseResult = { ok: true; plan: ParsedPlan } | { ok: false; problems: FieldProblem[] };

/** "Plan de Género – Puno 2030" → "plan-de-genero-puno-2030". */
export function planKeyOf(title: string): string {
  const slug = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const cut = slug.length > 80 ? slug.slice(0, 81).replace(/-[^-]*$/, '') : slug;
  return cut || 'plan';
}

const entityRefs = (list: PlanEntity[] | undefined): PlanEntityRef[] | null =>
  list ? list.map((e) => (typeof e === 'string' ? { name: e, organisationId: null } : { name: e.name ?? null, organisationId: e.organisation_id ?? null })) : null;

type FileNode = PlanFile['objectives'][number] & { results?: unknown; actions?: unknown };

export function parsePlanFile(input: unknown): ParseResult {
  const shape = PlanFile.safeParse(input);
  if (!shape.success) {
    return { ok: false, problems: shape.error.issues.map((i) => ({ path: i.path.join('.') || '(file)', code: 'plan_file.shape', message: i.message })) };
  }
  const file = shape.data;
  const problems: FieldProblem[] = [];
  const nodes: ParsedNode[] = [];
  const indicators: ParsedIndicator[] = [];
  const seen = new Map<string, string>();
  const pendingIndicators: { path: string; nodeCode: string; indicator: PlanFileIndicator }[] = [];

  const add = (kind: PlanNodeKind, raw: FileNode, path: string, parent: ParsedNode | null, position: number): ParsedNode => {
    const first = seen.get(raw.code);
    if (first !== undefined) problems.push({ path: `${path}.code`, code: 'plan_file.duplicate_code', params: { code: raw.code }, message: `code "${raw.code}" is used twice (first at ${first})` });
    else seen.set(raw.code, path);
    const responsible = entityRefs(raw.responsible) ?? entityRefs(raw.entities);
    if (raw.responsible && raw.entities) problems.push({ path: `${path}.entities`, code: 'plan_file.entities_twice', message: 'give either responsible or entities, not both' });
    const node: ParsedNode = {
      path, kind, code: raw.code, parentCode: parent?.code ?? null, position, title: raw.title, description: raw.description ?? null,
      level: raw.level ?? parent?.level ?? 'national', status: raw.status ?? null, start: raw.start ?? null, end: raw.end ?? null,
      responsible: responsible ?? parent?.responsible ?? [], involved: entityRefs(raw.involved) ?? [], progress: raw.progress ?? [],
    };
    if (kind === 'objective' && !raw.level) problems.push({ path: `${path}.level`, code: 'plan_file.level_missing', message: 'an objective needs a level: national, regional or local' });
    problems.push(...checkDates(node, path));
    (raw.indicators ?? []).forEach((indicator, i) => pendingIndicators.push({ path: `${path}.indicators.${i}`, nodeCode: raw.code, indicator }));
    nodes.push(node);
    return node;
  };

  const byCode = new Map<string, ParsedNode>();
  const childCount = new Map<string, number>();
  const nextPosition = (parent: string) => {
    const n = childCount.get(parent) ?? 0;
    childCount.set(parent, n + 1);
    return n;
  };
  file.objectives.forEach((o, oi) => {
    const objective = add('objective', o, `objectives.${oi}`, null, nextPosition(''));
    byCode.set(o.code, objective);
    (o.results ?? []).forEach((r, ri) => {
      const result = add('result', r, `objectives.${oi}.results.${ri}`, objective, nextPosition(o.code));
      byCode.set(r.code, result);
      (r.actions ?? []).forEach((a, ai) => byCode.set(a.code, add('action', a, `objectives.${oi}.results.${ri}.actions.${ai}`, result, nextPosition(r.code))));
    });
  });
  (file.results ?? []).forEach((r, ri) => {
    const parent = byCode.get(r.objective);
    if (!parent || parent.kind !== 'objective') {
      problems.push({ path: `results.${ri}.objective`, code: 'plan_file.missing_parent', params: { code: r.objective }, message: `objective "${r.objective}" is not in the file` });
      return;
    }
    byCode.set(r.code, add('result', r, `results.${ri}`, parent, nextPosition(parent.code)));
  });
  (file.actions ?? []).forEach((a, ai) => {
    const parent = byCode.get(a.result);
    if (!parent || parent.kind !== 'result') {
      problems.push({ path: `actions.${ai}.result`, code: 'plan_file.missing_parent', params: { code: a.result }, message: `result "${a.result}" is not in the file` });
      return;
    }
    byCode.set(a.code, add('action', a, `actions.${ai}`, parent, nextPosition(parent.code)));
  });
  (file.indicators ?? []).forEach((indicator, i) => {
    if (!byCode.has(indicator.attach_to)) {
      problems.push({ path: `indicators.${i}.attach_to`, code: 'plan_file.missing_parent', params: { code: indicator.attach_to }, message: `no objective, result or action has code "${indicator.attach_to}"` });
    } else pendingIndicators.push({ path: `indicators.${i}`, nodeCode: indicator.attach_to, indicator });
  });

  const indicatorCodes = new Map<string, string>();
  const perNode = new Map<string, number>();
  for (const { path, nodeCode, indicator } of pendingIndicators) {
    const n = (perNode.get(nodeCode) ?? 0) + 1;
    perNode.set(nodeCode, n);
    const code = indicator.code ?? `${nodeCode}#${n}`;
    const first = indicatorCodes.get(code);
    if (first !== undefined) problems.push({ path: `${path}.code`, code: 'plan_file.duplicate_code', params: { code }, message: `indicator code "${code}" is used twice (first at ${first})` });
    else indicatorCodes.set(code, path);
    problems.push(...checkIndicator(indicator, path, file.horizon));
    indicators.push({
      code, nodeCode, name: indicator.name, unit: indicator.unit,
      baseline: indicator.baseline ? { value: indicator.baseline.value, year: indicator.baseline.year, source: indicator.baseline.source ?? null } : null,
      targets: Object.entries(indicator.targets ?? {}).map(([year, value]) => ({ year: Number(year), value })).sort((a, b) => a.year - b.year),
      query: indicator.query ?? null,
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, plan: { key: file.key ?? planKeyOf(file.title), title: file.title, horizon: file.horizon, nodes, indicators } };
}
