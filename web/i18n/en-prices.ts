/** English texts of the reference prices screen; Spanish (es-prices.ts) is the source of truth. */
import type { PricesKey } from './es-prices.ts';

export const messages: Record<PricesKey, string> = {
  'prices.title': 'Reference prices',
  'prices.intro': 'Pallay values the gold of a sale with these prices: the international gold price in US dollars per troy ounce and the exchange rate in soles per dollar. A sale uses the price of its date or the latest before it.',
  'prices.caveat': 'Historical prices are monthly averages (World Bank and BCRP). Check them at the source before using them for a loan or a complaint.',
  'prices.gold': 'Gold (US$ per troy ounce)',
  'prices.fx': 'Exchange rate (S/ per US$)',
  'prices.none': 'No prices yet.',
  'prices.monthly': 'average of {month}',
  'prices.daily': 'of {date}',
  'prices.enterTitle': "Enter a day's prices",
  'prices.date': 'Date',
  'prices.goldField': 'Gold price (US$ per troy ounce)',
  'prices.goldHint': 'For example 4228.50. Leave it empty if you only enter the exchange rate.',
  'prices.fxField': 'Exchange rate (S/ per US$)',
  'prices.fxHint': 'For example 3.40. Leave it empty if you only enter the gold price.',
  'prices.source': 'Source',
  'prices.sourceHint': 'Where the price comes from, for example "BCRP, closing" or "Kitco".',
  'prices.save': 'Save prices',
  'prices.saved': 'Prices saved for {date}.',
  'prices.oneRequired': 'Enter the gold price, the exchange rate or both.',
  'prices.notFuture': 'The date cannot be in the future.',
};
