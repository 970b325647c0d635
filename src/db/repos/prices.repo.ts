/** Reference prices (gold in USD per troy ounce, soles per US dollar) by series and date. */
import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { PriceOutput } from '../../contracts/production.ts';
import type { PricesRepo } from '../../services/production/ports.ts';
import type { Db } from '../client.ts';
import { referencePrices } from '../schema/index.ts';
import { queryRows } from '../rows.ts';

const toOutput = (r: typeof referencePrices.$inferSelect): PriceOutput => ({
  series: r.series as PriceOutput['series'], date: r.onDate, value: Number(r.value), period: r.period as PriceOutput['period'], source: r.source,
});

export function pricesRepo(db: Db): PricesRepo {
  return {
    async onOrBefore(series, date) {
      const [row] = await db.select().from(referencePrices)
        .where(and(eq(referencePrices.series, series), lte(referencePrices.onDate, date)))
        // On the same date, a day's own price is more precise than a monthly average.
        .orderBy(desc(referencePrices.onDate), sql`${referencePrices.period} = 'day' DESC`).limit(1);
      return row && toOutput(row);
    },
    async upsertMany(prices) {
      let inserted = 0;
      for (let start = 0; start < prices.length; start += 2000) {
        const chunk = prices.slice(start, start + 2000).map((p) => ({
          series: p.series, on_date: p.date, value: p.value, period: p.period, source: p.source, recorded_by: p.recorded_by,
        }));
        // xmax = 0 only on rows this statement inserted (not on rows it updated).
        const rows = await queryRows<{ inserted: boolean }>(db, sql`
          INSERT INTO reference_prices (series, on_date, value, period, source, recorded_by)
          SELECT series, on_date, value, period, source, recorded_by
          FROM json_populate_recordset(NULL::reference_prices, ${JSON.stringify(chunk)}::json)
          ON CONFLICT (series, on_date, period) DO UPDATE
            SET value = EXCLUDED.value, source = EXCLUDED.source, recorded_by = EXCLUDED.recorded_by
          RETURNING (xmax = 0) AS inserted`);
        inserted += rows.filter((r) => r.inserted).length;
      }
      return { inserted, updated: prices.length - inserted };
    },
    async list({ series, from, to, limit }) {
      const conditions: SQL[] = [];
      if (series) conditions.push(eq(referencePrices.series, series));
      if (from) conditions.push(gte(referencePrices.onDate, from));
      if (to) conditions.push(lte(referencePrices.onDate, to));
      const rows = await db.select().from(referencePrices).where(and(...conditions)).orderBy(desc(referencePrices.onDate), referencePrices.series).limit(limit);
      return rows.map(toOutput);
    },
  };
}
