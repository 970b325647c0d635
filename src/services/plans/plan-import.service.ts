/**
 * Importing an action plan from its JSON file. The plan's key (its `key`, or a slug of its
 * title) identifies it: the same file again updates that plan in place — nodes and indicators
 * keep their ids by code, so progress updates and measured values stay attached; what the file
 * no longer has is archived, never deleted. A file with any problem is refused whole, each
 * problem named by its path in the file, and nothing is written.
 */
import { createHash } from 'node:crypto';
import type { PlanImportResult } from '../../contracts/plans.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { parsePlanFile, type ParsedNode, type ParsedPlan, type PlanEntityRef } from '../../domain/plans/plan-file.ts';
import { uuidv7 } from 'uuidv7';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import type { EntityWrite, NodeWrite, ProgressRecord } from './ports.ts';

export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

/** Reads the bytes as JSON; a file that is not JSON is a problem of the whole file. */
export function readPlanJson(bytes: Uint8Array): unknown {
  if (bytes.byteLength > MAX_PLAN_FILE_BYTES) throw validationFailed([{ path: '(file)', code: 'plan_file.too_large', message: 'a plan file may have at most 5 MB' }]);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw validationFailed([{ path: '(file)', code: 'plan_file.not_json', message: `is not a UTF-8 JSON file (${(err as Error).message})` }], 'The plan file cannot be read');
  }
}

/** A uuid made from the entry itself, so the same past progress imported twice is stored once. */
function stableId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

async function resolveEntities(repos: Repos, plan: ParsedPlan): Promise<{ resolve: (e: PlanEntityRef) => { organisation_id: string | null; name: string }; problems: FieldProblem[] }> {
  const refs = plan.nodes.flatMap((n) => [...n.responsible, ...n.involved].map((e) => ({ e, node: n })));
  const ids = [...new Set(refs.flatMap(({ e }) => (e.organisationId ? [e.organisationId] : [])))];
  const names = [...new Set(refs.flatMap(({ e }) => (e.name ? [e.name] : [])))];
  const known = await repos.plans.organisationsByIdOrName(ids, names);
  const problems: FieldProblem[] = [];
  const reported = new Set<string>();
  for (const { e, node } of refs) {
    if (e.organisationId && !known.byId.has(e.organisationId) && !reported.has(e.organisationId)) {
      reported.add(e.organisationId);
      problems.push({ path: `${node.path}.responsible`, code: 'plan_file.unknown_organisation', params: { id: e.organisationId }, message: `no organisation has id ${e.organisationId}` });
    }
    if (!e.organisationId && !e.name && !reported.has(node.path)) {
      reported.add(node.path);
      problems.push({ path: `${node.path}.responsible`, code: 'plan_file.entity_empty', message: 'a body needs a name or an organisation_id' });
    }
  }
  const resolve = (e: PlanEntityRef) => {
    if (e.organisationId) return { organisation_id: e.organisationId, name: e.name ?? known.byId.get(e.organisationId) ?? '' };
    const match = known.byName.get(e.name!.toLowerCase());
    return match ? { organisation_id: match.id, name: match.name } : { organisation_id: null, name: e.name! };
  };
  return { resolve, problems };
}

export async function importPlan(deps: ServiceDeps, ctx: CallContext, opts: { bytes: Uint8Array; fileName: string }): Promise<PlanImportResult> {
  authorize(ctx.actor, 'plans.manage');
  const parsed = parsePlanFile(readPlanJson(opts.bytes));
  if (!parsed.ok) throw validationFailed(parsed.problems, 'The plan file has problems; nothing was imported');
  const plan = parsed.plan;
  return deps.store.transaction(async (repos) => {
    const { resolve, problems } = await resolveEntities(repos, plan);
    if (problems.length) throw validationFailed(problems, 'The plan file has problems; nothing was imported');
    const at = deps.clock();
    const existing = await repos.plans.findPlanByKey(plan.key);
    const planId = existing?.id ?? uuidv7();
    await repos.plans.savePlan({ id: planId, key: plan.key, title: plan.title, horizon: plan.horizon, source_file: opts.fileName, imported_by: ctx.actor.type === 'user' ? ctx.actor.id : null, at });

    const before = new Map((await repos.plans.nodes(planId, { withArchived: true })).map((n) => [n.code, n]));
    const idOf = new Map(plan.nodes.map((n) => [n.code, before.get(n.code)?.id ?? uuidv7()]));
    const writes: NodeWrite[] = plan.nodes.map((n) => ({
      id: idOf.get(n.code)!, plan_id: planId, kind: n.kind, code: n.code, parent_id: n.parentCode ? idOf.get(n.parentCode)! : null, position: n.position,
      title: n.title, description: n.description, level: n.level, status: n.status ?? before.get(n.code)?.status ?? 'not_started', start_date: n.start, end_date: n.end,
    }));
    await repos.plans.upsertNodes(writes, at);
    await repos.plans.replaceEntities(planId, plan.nodes.flatMap((n) => entityWrites(n, idOf.get(n.code)!, resolve)));

    const progress = plan.nodes.flatMap((n) => n.progress.map((p): Omit<ProgressRecord, 'created_at'> => ({
      id: stableId(plan.key, n.code, p.date, String(p.percent), p.note), node_id: idOf.get(n.code)!, reported_on: p.date, author_id: null,
      author_name: p.author ?? opts.fileName, note: p.note, percent: p.percent, status: p.status ?? null, evidence_url: p.evidence_url ?? null,
    })));
    const progressAdded = await repos.plans.insertProgress(progress);

    const oldIndicators = new Map((await repos.plans.indicators(planId, { withArchived: true })).map((i) => [i.code, i.id]));
    const indicators = plan.indicators.map((i) => ({
      id: oldIndicators.get(i.code) ?? uuidv7(), plan_id: planId, node_id: idOf.get(i.nodeCode)!, code: i.code, name: i.name, unit: i.unit,
      baseline_value: i.baseline?.value ?? null, baseline_year: i.baseline?.year ?? null, baseline_source: i.baseline?.source ?? null, live_query: i.query, targets: i.targets,
    }));
    await repos.plans.upsertIndicators(indicators, at);
    const archived = await repos.plans.archiveMissing(planId, writes.map((w) => w.id), indicators.map((i) => i.id), at);

    const count = (kind: ParsedNode['kind']) => plan.nodes.filter((n) => n.kind === kind).length;
    const result: PlanImportResult = {
      plan_id: planId, key: plan.key, title: plan.title, created: !existing, objectives: count('objective'), results: count('result'), actions: count('action'),
      indicators: indicators.length, progress_added: progressAdded, archived,
    };
    await recordAudit(repos, ctx, at, { action: existing ? 'reimport_plan' : 'import_plan', entity: 'plan', entityId: planId, after: { ...result, source_file: opts.fileName } });
    return result;
  });
}

function entityWrites(n: ParsedNode, nodeId: string, resolve: (e: PlanEntityRef) => { organisation_id: string | null; name: string }): EntityWrite[] {
  const rows = (role: 'responsible' | 'involved', list: PlanEntityRef[]) => list.map((e, position) => ({ node_id: nodeId, role, position, ...resolve(e) }));
  return [...rows('responsible', n.responsible), ...rows('involved', n.involved)];
}
