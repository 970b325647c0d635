/**
 * Ore lots: what a woman (or her association) selected in a season, at a site, by weight or by
 * bags. Creates are idempotent on the client-made id (a phone's outbox may send one twice);
 * corrections carry the version they were based on; every write has its audit row.
 */
import { uuidv7 } from 'uuidv7';
import type { LotInput, LotOutput, LotUpdate } from '../../contracts/production.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError, notFound, validationFailed, versionConflict, type FieldProblem } from '../../domain/errors.ts';
import { gradeProblem, isProblem, lotWeight, seasonProblems, type LotWeight } from '../../domain/production/ledger-rules.ts';
import { productionSettings, recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanReadLedger, assertCanWriteLedger, defaultOwner, ledgerOwner } from './ledger-access.ts';
import type { LedgerOwner } from './ports.ts';

export const ownerOfLot = (lot: Pick<LotOutput, 'owner_person_id' | 'owner_organisation_id'>): LedgerOwner =>
  ledgerOwner(lot.owner_person_id, lot.owner_organisation_id);

type LotFields = Pick<LotInput, 'season_from' | 'season_to' | 'grade_g_per_t' | 'confirm_high_grade' | 'site_id'>;

/** Every problem of a lot's fields: dates, grade, site; `weight` is the weight rule's outcome. */
async function lotProblems(repos: Repos, fields: LotFields, weight: LotWeight | FieldProblem, today: string): Promise<FieldProblem[]> {
  const problems = seasonProblems(fields.season_from, fields.season_to, today);
  if (isProblem(weight)) problems.push(weight);
  const grade = gradeProblem('grade_g_per_t', fields.grade_g_per_t, fields.confirm_high_grade);
  if (grade) problems.push(grade);
  if (fields.site_id && !(await repos.sites.findById(fields.site_id))) problems.push({ path: 'site_id', code: 'site.unknown', message: 'no such mining site' });
  return problems;
}

export async function createLot(deps: ServiceDeps, ctx: CallContext, input: LotInput): Promise<LotOutput> {
  authorize(ctx.actor, 'production.write');
  const owner = ledgerOwner(input.owner_person_id, input.owner_organisation_id);
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const existing = await repos.lots.findById(id);
    if (existing) {
      await assertCanReadLedger(repos, ctx.actor, ownerOfLot(existing), today);
      return existing;
    }
    await assertCanWriteLedger(repos, ctx.actor, owner, today);
    const weight = lotWeight(input, productionSettings(deps).kgPerBag);
    const problems = await lotProblems(repos, input, weight, today);
    if (problems.length || isProblem(weight)) throw validationFailed(problems);
    const lot = await repos.lots.insert({
      id, owner_person_id: input.owner_person_id ?? null, owner_organisation_id: input.owner_organisation_id ?? null,
      site_id: input.site_id ?? null, season_from: input.season_from, season_to: input.season_to ?? null, bags: input.bags ?? null,
      ...weight, grade_g_per_t: input.grade_g_per_t ?? null, status: input.status, created_by: ctx.actor.type === 'user' ? ctx.actor.id : null,
    });
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'ore_lot', entityId: id, after: lot });
    return lot;
  });
}

/** The weight after a correction: re-measured, re-estimated from new bags, or unchanged. */
function weightAfter(before: LotOutput, change: LotUpdate, defaultKgPerBag: number): LotWeight | FieldProblem {
  if (change.weight_kg != null) return lotWeight({ weight_kg: change.weight_kg, kg_per_bag: change.kg_per_bag ?? before.kg_per_bag }, defaultKgPerBag);
  const touchesBags = change.bags !== undefined || change.kg_per_bag !== undefined;
  if (change.weight_kg === null || (before.weight_estimated && touchesBags)) {
    return lotWeight({ bags: change.bags !== undefined ? change.bags : before.bags, kg_per_bag: change.kg_per_bag !== undefined ? change.kg_per_bag : before.kg_per_bag }, defaultKgPerBag);
  }
  return { weight_kg: before.weight_kg, weight_estimated: before.weight_estimated, kg_per_bag: change.kg_per_bag !== undefined ? change.kg_per_bag : before.kg_per_bag };
}

/** Corrects a lot: the fields sent change, the rest stay; a stale `version` changes nothing. */
export async function updateLot(deps: ServiceDeps, ctx: CallContext, id: string, change: LotUpdate): Promise<LotOutput> {
  authorize(ctx.actor, 'production.write');
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    const before = await repos.lots.findById(id);
    if (!before) throw notFound('Ore lot');
    await assertCanReadLedger(repos, ctx.actor, ownerOfLot(before), today);
    await assertCanWriteLedger(repos, ctx.actor, ownerOfLot(before), today);
    const { version, confirm_high_grade, status, ...fields } = change;
    const weight = weightAfter(before, change, productionSettings(deps).kgPerBag);
    const merged = { ...before, ...fields, confirm_high_grade };
    // A grade already stored was confirmed when it was entered; only a new one is checked again.
    const problems = await lotProblems(repos, { ...merged, grade_g_per_t: fields.grade_g_per_t }, weight, today);
    if (!isProblem(weight) && weight.weight_kg < before.sold_kg) {
      problems.push({ path: 'weight_kg', code: 'lot.below_sold', params: { sold_kg: before.sold_kg }, message: `cannot be less than the ${before.sold_kg} kg already sold` });
    }
    if (status && before.sold_kg > 0) {
      problems.push({ path: 'status', code: 'lot.status_follows_sales', message: 'follows from the sales once part of the lot is sold' });
    }
    if (problems.length || isProblem(weight)) throw validationFailed(problems);
    const soldStatus = before.sold_kg > 0 ? (before.sold_kg >= weight.weight_kg ? 'sold' : 'sold_in_part') : undefined;
    const after = await repos.lots.update(id, version, { ...fields, ...weight, status: soldStatus ?? status });
    if (!after) throw versionConflict('ore lot', before.version);
    await recordAudit(repos, ctx, deps.clock(), { action: 'update', entity: 'ore_lot', entityId: id, before, after });
    return after;
  });
}

export async function getLot(deps: ServiceDeps, ctx: CallContext, id: string): Promise<LotOutput> {
  authorize(ctx.actor, 'production.read');
  const { repos } = deps.store;
  const lot = await repos.lots.findById(id);
  if (!lot) throw notFound('Ore lot');
  await assertCanReadLedger(repos, ctx.actor, ownerOfLot(lot), todayOf(deps));
  return lot;
}

/** One ledger's lots, newest season first; a member who names none gets her own. */
export async function listLots(deps: ServiceDeps, ctx: CallContext, query: { person_id?: string; organisation_id?: string }): Promise<LotOutput[]> {
  authorize(ctx.actor, 'production.read');
  const { repos } = deps.store;
  const owner = await resolveOwner(repos, ctx, query);
  await assertCanReadLedger(repos, ctx.actor, owner, todayOf(deps));
  return repos.lots.list(owner);
}

/** The ledger a list query names, or the member's own when it names none. */
export async function resolveOwner(repos: Repos, ctx: CallContext, query: { person_id?: string; organisation_id?: string }): Promise<LedgerOwner> {
  if (!query.person_id && !query.organisation_id) {
    const own = await defaultOwner(repos, ctx.actor);
    if (own) return own;
    throw new AppError('VALIDATION_FAILED', 'Say whose ledger', { details: [{ path: 'person_id', code: 'ledger.one_owner', message: 'name either one person or one association' }] });
  }
  return ledgerOwner(query.person_id, query.organisation_id, 'person_id');
}
