/**
 * Savings groups at 1,000 groups × 50 meetings × 20 members (about 1.34 million ledger rows),
 * on PGlite and PostgreSQL: reading every row in order and replaying each cycle through the
 * ledger (src/domain/savings: every rule, balanced entries, idempotence, the share-out) against
 * a plain SQL sum of shares, loans, repayments and interest per group and member over the same
 * rows in the same run (issue 8's benchmark row). PALLAY_BENCH_SAVINGS_GROUPS overrides the size
 * for trying the suite out; the baseline name then says so, since the figure names keep "1000".
 */
import { replay } from '../src/domain/savings/ledger.ts';
import { cycleBalances } from '../src/domain/savings/stored.ts';
import type { Transaction } from '../src/domain/savings/transactions.ts';
import { makeFigure, skippedFigure, type Figure, type FigureSpec, type Suite } from './support/figure.ts';
import { engineOpeners, withEngine, type EngineKey, type RegistryEngine } from './support/registry-engine.ts';
import { loadSavings, SAVINGS_RULES } from './support/savings-data.ts';

const GROUPS = Number(process.env.PALLAY_BENCH_SAVINGS_GROUPS ?? 1_000);
const SCALE_NOTE = GROUPS === 1_000 ? '' : ` [${GROUPS.toLocaleString('en')} groups, not 1000]`;
const ROUNDS = 3;

const spec = (engine: EngineKey): FigureSpec => ({
  name: `savings.replay_1000_groups_${engine}_ms`,
  unit: 'ms',
  better: 'lower',
  baselineName: `${engine === 'pglite' ? 'raw PGlite' : 'raw pg.Client'} SELECT group, member, SUM(shares), SUM(loans), SUM(repaid), SUM(interest) GROUP BY group, member over the same rows${SCALE_NOTE}`,
});

function toTransaction(row: unknown[]): Transaction {
  const [group, seq, date, member, type, shares, amount, interest] = row as [number, number, string, number, Transaction['type'], number, string, string];
  const base = { id: `${group}-${seq}`, date: typeof date === 'string' ? date : (date as Date).toISOString().slice(0, 10), member: `m${member}` };
  if (type === 'share_purchase') return { ...base, type, shares };
  if (type === 'repayment') return { ...base, type, principal: Number(amount), interest: Number(interest) };
  if (type === 'share_out') return { id: base.id, date: base.date, type };
  return { ...base, type, amount: Number(amount) } as Transaction;
}

/** Reads the rows in order, 100 groups per query, and replays each group's cycle; returns the total shared out (a check). */
async function replayAll(engine: RegistryEngine): Promise<number> {
  let paid = 0;
  for (let from = 0; from < GROUPS; from += 100) {
    const { rows } = await engine.rawArrays(`SELECT group_no, seq, on_date::text, member, type, shares, amount_cents, interest_cents FROM bench_savings_rows
      WHERE group_no >= $1 AND group_no < $2 ORDER BY group_no, seq`, [from, from + 100]);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i]![0] === rows[start]![0]) continue;
      const { state, refused } = replay(SAVINGS_RULES, rows.slice(start, i).map(toTransaction));
      if (refused) throw new Error(`group ${String(rows[start]![0])} refused: ${refused.message}`);
      paid += cycleBalances(state).members.reduce((sum, m) => sum + (m.shareout_cents ?? 0), 0);
      start = i;
    }
  }
  return paid;
}

const BASELINE = `SELECT group_no, member, sum(shares) AS shares, sum(amount_cents) FILTER (WHERE type = 'loan') AS loans,
  sum(amount_cents) FILTER (WHERE type = 'repayment') AS repaid, sum(interest_cents) AS interest FROM bench_savings_rows GROUP BY group_no, member`;

async function measureEngine(engine: RegistryEngine): Promise<Figure> {
  await loadSavings(engine, GROUPS);
  const [{ expected }] = (await engine.raw<{ expected: string }>(`SELECT sum(shares) * ${SAVINGS_RULES.shareValue} + sum(interest_cents) AS expected FROM bench_savings_rows`)).rows as [{ expected: string }];
  const paid = await replayAll(engine);
  if (paid !== Number(expected)) throw new Error(`replay shared out ${paid} céntimos, the rows hold ${expected}`);
  const values: number[] = [];
  const baselines: number[] = [];
  const time = async (op: () => Promise<unknown>) => {
    const started = performance.now();
    await op();
    return performance.now() - started;
  };
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      values.push(await time(() => replayAll(engine)));
      baselines.push(await time(() => engine.raw(BASELINE)));
    } else {
      baselines.push(await time(() => engine.raw(BASELINE)));
      values.push(await time(() => replayAll(engine)));
    }
  }
  return makeFigure(spec(engine.key), values, baselines);
}

export const savingsSuite: Suite = {
  title: `savings groups: replaying ${GROUPS.toLocaleString('en')} groups × 50 meetings × 20 members (PGlite and PostgreSQL)`,
  async run() {
    const figures: Figure[] = [];
    for (const opener of engineOpeners()) {
      if (!opener.open) figures.push(skippedFigure(spec(opener.key), opener.skipped ?? 'not available'));
      else figures.push(await withEngine(opener.open, measureEngine));
    }
    return figures;
  },
};
