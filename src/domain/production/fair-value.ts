/**
 * What a woman's gold is worth against the international price, and how far below that a buyer
 * paid. Pure: the web app runs it as she types (offline), the server stores its result on the
 * sale, and `pallay price` prints it. The formula is documented in docs/fair-value.md.
 *
 * Money leaves this module in integer céntimos, grams rounded to 3 decimals; the arithmetic in
 * between keeps full precision so rounding happens once.
 */

/** Grams in one troy ounce (the unit of the international gold price). */
export const GRAMS_PER_TROY_OUNCE = 31.1034768;
/** The Fairmined standard's floor for certified gold: 95% of the international reference. */
export const FAIRMINED_FLOOR_SHARE = 0.95;

export interface FairValueInput {
  /** Ore weight in kg and its grade in g/t with the plant's recovery rate in (0, 1]... */
  oreKg?: number | null;
  gradeGPerT?: number | null;
  recovery?: number | null;
  /** ...or the fine gold grams, when an assay or a trader gives them directly. */
  fineGoldG?: number | null;
  goldUsdPerOz: number;
  penPerUsd: number;
  deductionsPenCents: number;
  /** What the buyer paid, when known (a quote has none). */
  paidPenCents?: number | null;
}

export interface FairValue {
  fineGoldG: number;
  referenceValueUsdCents: number;
  referenceValuePenCents: number;
  netReferencePenCents: number;
  floor95PenCents: number;
  paidPenCents: number | null;
  /** 1 − paid ÷ net reference (negative when paid above it); null with no payment or no positive net reference. */
  discount: number | null;
}

export const roundGrams = (g: number): number => Math.round(g * 1000) / 1000;
export const toCents = (amount: number): number => Math.round(amount * 100);
export const roundFraction = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Fine gold in grams: given directly, or ore tonnes × grade × recovery. */
export function fineGoldGrams(input: Pick<FairValueInput, 'oreKg' | 'gradeGPerT' | 'recovery' | 'fineGoldG'>): number {
  if (input.fineGoldG != null) return input.fineGoldG;
  return ((input.oreKg ?? 0) / 1000) * (input.gradeGPerT ?? 0) * (input.recovery ?? 0);
}

export function fairValue(input: FairValueInput): FairValue {
  const grams = fineGoldGrams(input);
  const referenceUsd = (grams / GRAMS_PER_TROY_OUNCE) * input.goldUsdPerOz;
  const referencePen = referenceUsd * input.penPerUsd;
  const referenceValuePenCents = toCents(referencePen);
  const netReferencePenCents = referenceValuePenCents - input.deductionsPenCents;
  const paidPenCents = input.paidPenCents ?? null;
  return {
    fineGoldG: roundGrams(grams),
    referenceValueUsdCents: toCents(referenceUsd),
    referenceValuePenCents,
    netReferencePenCents,
    floor95PenCents: toCents(referencePen * FAIRMINED_FLOOR_SHARE),
    paidPenCents,
    discount: paidPenCents === null || netReferencePenCents <= 0 ? null : roundFraction(1 - paidPenCents / netReferencePenCents),
  };
}

/** Processing fee per tonne, transport and other deductions, as céntimos. */
export function deductionsCents(oreKg: number, fees: { processingPenPerTonne?: number | null; transportPen?: number | null; otherPen?: number | null }): number {
  return toCents(((fees.processingPenPerTonne ?? 0) * oreKg) / 1000) + toCents(fees.transportPen ?? 0) + toCents(fees.otherPen ?? 0);
}

/** True when the buyer paid further below the reference than the threshold allows (e.g. 0.2). */
export function isUnfair(discount: number | null, threshold: number): boolean {
  return discount !== null && discount > threshold;
}

/** Ore weight estimated from a bag count (the sector counts about 15 bags to the tonne). */
export const DEFAULT_KG_PER_BAG = 1000 / 15;

export function estimatedWeightKg(bags: number, kgPerBag: number = DEFAULT_KG_PER_BAG): number {
  return roundGrams(bags * kgPerBag);
}
