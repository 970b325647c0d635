/**
 * Sales of ore from one or more lots, each measured against the international gold price of
 * its date: the fair value (fine gold × price × exchange rate − deductions) and the discount
 * the buyer took are computed once, stored with the prices and their dates, and shown as they
 * were whenever the sale is read. Recording is idempotent on the client-made id; the lots are
 * locked so two sales cannot sell the same kilograms; nothing is written when any rule fails.
 */
import { uuidv7 } from 'uuidv7';
import type { LotOutput, SaleInput, SaleOutput } from '../../contracts/production.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { isAppError, notFound, validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { deductionsCents, fairValue, roundGrams, toCents } from '../../domain/production/fair-value.ts';
import { saleGoldProblems, soldOnProblem } from '../../domain/production/ledger-rules.ts';
import { productionSettings, recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertCanReadLedger, assertCanWriteLedger } from './ledger-access.ts';
import { ownerOfLot, resolveOwner } from './lots.service.ts';
import type { LedgerOwner, SaleRecord } from './ports.ts';
import { priceOn } from './price-lookup.ts';
import { buyerOf, toSaleOutput, toSaleOutputs } from './sale-output.ts';

/** A discount below this (paid ten thousand times the reference) cannot be stored and is surely a typing error. */
const LOWEST_DISCOUNT = -9999;

const sameOwner = (a: LedgerOwner, b: LedgerOwner) =>
  'personId' in a ? 'personId' in b && a.personId === b.personId : 'organisationId' in b && a.organisationId === b.organisationId;

/** Problems of the lot portions: unknown or repeated lots, another owner, more ore than remains. */
function portionProblems(input: SaleInput, lots: Map<string, LotOutput>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const first = lots.get(input.lots[0]!.lot_id);
  input.lots.forEach((portion, i) => {
    const lot = lots.get(portion.lot_id);
    if (seen.has(portion.lot_id)) problems.push({ path: `lots.${i}.lot_id`, code: 'lot.listed_twice', message: 'this lot is already in the sale' });
    else if (!lot) problems.push({ path: `lots.${i}.lot_id`, code: 'lot.unknown', message: 'no such ore lot' });
    else if (first && !sameOwner(ownerOfLot(lot), ownerOfLot(first))) {
      problems.push({ path: `lots.${i}.lot_id`, code: 'lot.other_owner', message: 'all lots of a sale must belong to the same person or association' });
    } else {
      const remaining = roundGrams(lot.weight_kg - lot.sold_kg);
      if (portion.weight_kg > remaining + 1e-9) {
        problems.push({ path: `lots.${i}.weight_kg`, code: 'lot.not_enough_ore', params: { remaining }, message: `the lot has only ${remaining} kg left to sell` });
      }
    }
    seen.add(portion.lot_id);
  });
  return problems;
}

/** A sale cannot come before the season its ore was selected in started. */
function beforeSeasonProblem(soldOn: string, lots: readonly LotOutput[]): FieldProblem | undefined {
  const latestStart = lots.map((l) => l.season_from).sort().at(-1);
  if (!latestStart || soldOn >= latestStart) return undefined;
  return { path: 'sold_on', code: 'sale.before_season', params: { season_from: latestStart }, message: `cannot be before the lot's season started (${latestStart})` };
}

export async function recordSale(deps: ServiceDeps, ctx: CallContext, input: SaleInput): Promise<SaleOutput> {
  authorize(ctx.actor, 'production.write');
  const today = todayOf(deps);
  const { discountThreshold } = productionSettings(deps);
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const existing = await repos.sales.findById(id);
    if (existing) {
      await assertCanReadLedger(repos, ctx.actor, sellerOf(existing), today);
      return (await toSaleOutputs(repos, [existing], discountThreshold))[0]!;
    }
    const lots = new Map((await repos.lots.findForUpdate(input.lots.map((l) => l.lot_id))).map((l) => [l.id, l]));
    const firstLot = lots.get(input.lots[0]!.lot_id);
    if (firstLot) await assertCanWriteLedger(repos, ctx.actor, ownerOfLot(firstLot), today);
    const problems = [...portionProblems(input, lots), ...saleGoldProblems(input)];
    const dateProblem = soldOnProblem(input.sold_on, today) ?? beforeSeasonProblem(input.sold_on, [...lots.values()]);
    if (dateProblem) problems.push(dateProblem);
    const buyer = await repos.orgs.findById(input.buyer_organisation_id);
    if (!buyer) problems.push({ path: 'buyer_organisation_id', code: 'organisation.unknown', message: 'no such buyer or plant' });
    const price = dateProblem ? undefined : await priceOn(repos, input.sold_on).catch((err: unknown) => {
      if (isAppError(err)) problems.push(...err.details);
      else throw err;
      return undefined;
    });
    if (problems.length || !price || !buyer || !firstLot) throw validationFailed(problems);

    const weightKg = roundGrams(input.lots.reduce((sum, l) => sum + l.weight_kg, 0));
    const fees = { processingPenPerTonne: input.processing_fee_pen_per_t, transportPen: input.transport_pen, otherPen: input.other_deductions_pen };
    const deductions = deductionsCents(weightKg, fees);
    const value = fairValue({
      oreKg: weightKg, gradeGPerT: input.grade_g_per_t, recovery: input.recovery, fineGoldG: input.fine_gold_g,
      goldUsdPerOz: price.gold_usd_per_oz, penPerUsd: price.pen_per_usd, deductionsPenCents: deductions, paidPenCents: toCents(input.paid_pen),
    });
    if (value.discount !== null && value.discount < LOWEST_DISCOUNT) {
      throw validationFailed([{ path: 'paid_pen', code: 'sale.paid_beyond_reference', message: 'is thousands of times the reference value: check the amount, the weight and the grade' }]);
    }
    const seller = ownerOfLot(firstLot);
    const record: Omit<SaleRecord, 'created_at'> = {
      id, sold_on: input.sold_on, seller_person_id: 'personId' in seller ? seller.personId : null,
      seller_organisation_id: 'organisationId' in seller ? seller.organisationId : null, buyer_organisation_id: buyer.id, kind: input.kind,
      lots: input.lots.map((l) => ({ lot_id: l.lot_id, weight_kg: l.weight_kg })), weight_kg: weightKg,
      grade_g_per_t: input.grade_g_per_t ?? null, recovery: input.recovery ?? null, fine_gold_g: value.fineGoldG, fine_gold_given: input.fine_gold_g != null,
      processing_fee_cents_per_t: centsOrNull(input.processing_fee_pen_per_t), transport_cents: centsOrNull(input.transport_pen),
      other_deductions_cents: centsOrNull(input.other_deductions_pen), deductions_cents: deductions,
      paid_cents: toCents(input.paid_pen), receipt_number: input.receipt_number ?? null,
      gold_usd_per_oz: price.gold_usd_per_oz, gold_price_date: price.gold_price_date, pen_per_usd: price.pen_per_usd, pen_per_usd_date: price.pen_per_usd_date,
      price_stale: price.stale, reference_usd_cents: value.referenceValueUsdCents, reference_pen_cents: value.referenceValuePenCents,
      net_reference_pen_cents: value.netReferencePenCents, floor95_pen_cents: value.floor95PenCents, discount: value.discount,
      created_by: ctx.actor.type === 'user' ? ctx.actor.id : null,
    };
    const sale = await repos.sales.insert(record);
    for (const portion of input.lots) await repos.lots.addSold(portion.lot_id, portion.weight_kg);
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'sale', entityId: id, after: sale });
    return toSaleOutput(sale, buyerOf(buyer), discountThreshold);
  });
}

const centsOrNull = (soles: number | null | undefined): number | null => (soles == null ? null : toCents(soles));

const sellerOf = (sale: SaleRecord): LedgerOwner =>
  sale.seller_person_id ? { personId: sale.seller_person_id } : { organisationId: sale.seller_organisation_id! };

export async function getSale(deps: ServiceDeps, ctx: CallContext, id: string): Promise<SaleOutput> {
  authorize(ctx.actor, 'production.read');
  const { repos } = deps.store;
  const sale = await repos.sales.findById(id);
  if (!sale) throw notFound('Sale');
  await assertCanReadLedger(repos, ctx.actor, sellerOf(sale), todayOf(deps));
  return (await toSaleOutputs(repos, [sale], productionSettings(deps).discountThreshold))[0]!;
}

/** One ledger's sales, newest first; a member who names none gets her own. */
export async function listSales(deps: ServiceDeps, ctx: CallContext, query: { person_id?: string; organisation_id?: string }): Promise<SaleOutput[]> {
  authorize(ctx.actor, 'production.read');
  const { repos } = deps.store;
  const owner = await resolveOwner(repos, ctx, query);
  await assertCanReadLedger(repos, ctx.actor, owner, todayOf(deps));
  return toSaleOutputs(repos, await repos.sales.list(owner), productionSettings(deps).discountThreshold);
}
