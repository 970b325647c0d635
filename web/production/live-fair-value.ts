/**
 * The fair value of a sale being typed, computed in the browser with the same pure function the
 * server stores (src/domain/production/fair-value.ts, allowed into the web bundle for exactly
 * this reason), so the woman sees what her gold is worth before she saves, even offline once
 * the price of the date is known. The server recomputes and stores its own on save.
 */
import { deductionsCents, fairValue, isUnfair, toCents } from '../../src/domain/production/fair-value.ts';
import type { FairValueShown, PriceShown } from './fair-value-box.tsx';

/** The flag threshold an installation starts with; the server's own setting decides on save. */
export const PREVIEW_DISCOUNT_THRESHOLD = 0.2;

export interface SaleFigures {
  weightKg: number;
  gradeGPerT: number | null;
  recovery: number | null;
  fineGoldG: number | null;
  processingPenPerTonne: number | null;
  transportPen: number | null;
  otherPen: number | null;
  paidPen: number | null;
}

/** Null until there is enough to say anything: a price, ore, and a way to know its gold. */
export function liveFairValue(f: SaleFigures, price: PriceShown | null): FairValueShown | null {
  const hasGold = f.fineGoldG !== null ? f.fineGoldG > 0 : f.gradeGPerT !== null && f.gradeGPerT > 0 && f.recovery !== null && f.recovery > 0 && f.recovery <= 1;
  if (!price || !hasGold || (f.fineGoldG === null && f.weightKg <= 0)) return null;
  const deductions = deductionsCents(f.weightKg, { processingPenPerTonne: f.processingPenPerTonne, transportPen: f.transportPen, otherPen: f.otherPen });
  const v = fairValue({
    oreKg: f.weightKg, gradeGPerT: f.gradeGPerT, recovery: f.recovery, fineGoldG: f.fineGoldG,
    goldUsdPerOz: price.gold_usd_per_oz, penPerUsd: price.pen_per_usd, deductionsPenCents: deductions,
    paidPenCents: f.paidPen !== null && f.paidPen > 0 ? toCents(f.paidPen) : null,
  });
  return {
    fine_gold_g: v.fineGoldG, reference_value_usd: v.referenceValueUsdCents / 100, reference_value_pen: v.referenceValuePenCents / 100,
    deductions_pen: deductions / 100, net_reference_pen: v.netReferencePenCents / 100, floor_95_pen: v.floor95PenCents / 100,
    paid_pen: v.paidPenCents === null ? null : v.paidPenCents / 100, discount: v.discount, flagged: isUnfair(v.discount, PREVIEW_DISCOUNT_THRESHOLD),
  };
}
