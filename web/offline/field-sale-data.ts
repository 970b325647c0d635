/**
 * What the sale form reads from the phone when the server cannot be reached: the woman's open
 * lots (kept, plus lots queued here, less what queued sales took: field-records.ts), the
 * plants and traders among the kept organisations as buyers, and the price of the sale's date
 * from the kept prices, so the fair value is computed offline exactly as online.
 */
import type { Organisation } from '../api/types.ts';
import type { LotOutput, PriceUsed } from '../../src/contracts/production.ts';
import { lotsOnPhone, priceOnDate } from './field-records.ts';
import { fieldSetSummary, keptForSignedIn, keptPart } from './field-working-set.ts';
import { listOutbox } from './outbox.ts';

const BUYER_KINDS: readonly string[] = ['processing_plant', 'buyer_trader'];

export async function keptLotsOf(owner: string, personId: string): Promise<LotOutput[]> {
  const [kept, items, summary] = await Promise.all([keptPart(owner, 'lots'), listOutbox(owner), fieldSetSummary(owner)]);
  return lotsOnPhone(personId, kept, items, summary?.synced_at ?? null);
}

export async function keptBuyers(): Promise<Organisation[]> {
  const organisations = await keptForSignedIn('organisations');
  return organisations.filter((o) => BUYER_KINDS.includes(o.kind)).sort((a, b) => a.name.localeCompare(b.name));
}

/** The kept price of `date`; throws like the server when there is none, so the form says "no price". */
export async function keptPriceOn(date: string): Promise<PriceUsed> {
  const price = priceOnDate(await keptForSignedIn('prices'), date);
  if (!price) throw new Error(`no kept price on or before ${date}`);
  return price;
}
