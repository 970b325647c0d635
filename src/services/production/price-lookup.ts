/**
 * The reference a sale (or a quote) is measured against: gold and the exchange rate on its date
 * or the latest before it, each with its own date and whether it is stale for that date.
 */
import type { PriceUsed } from '../../contracts/production.ts';
import { isPriceStale } from '../../domain/production/price-age.ts';
import { validationFailed } from '../../domain/errors.ts';
import type { Repos } from '../ports.ts';

/** Throws a field problem on `path` when either series has no price on or before the date. */
export async function priceOn(repos: Pick<Repos, 'prices'>, date: string, path = 'sold_on'): Promise<PriceUsed> {
  const gold = await repos.prices.onOrBefore('gold_usd_per_oz', date);
  const fx = await repos.prices.onOrBefore('pen_per_usd', date);
  if (!gold || !fx) {
    const series = !gold ? 'gold_usd_per_oz' : 'pen_per_usd';
    throw validationFailed([{ path, code: 'price.none_before', params: { series, date }, message: `no ${series} reference price on or before ${date}` }]);
  }
  return {
    gold_usd_per_oz: gold.value,
    gold_price_date: gold.date,
    pen_per_usd: fx.value,
    pen_per_usd_date: fx.date,
    stale: isPriceStale(gold, date) || isPriceStale(fx, date),
  };
}
