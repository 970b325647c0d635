/**
 * A synthetic savings-group ledger for the savings benchmark: N groups × 50 weekly meetings ×
 * 20 members. Every member buys 1–5 shares at every meeting, pays the social fund every fourth
 * meeting, and now and then borrows (within her limit and the cash) and repays the whole debt
 * with its interest four or more weeks later; after the last meeting every loan is repaid and
 * the fund is shared out. Rows are made by the ledger itself, so every one passes the rules.
 * Deterministic (seeded). Loaded into a plain scratch table, `bench_savings_rows`.
 */
import { createLedger, memberBook } from '../../src/domain/savings/ledger-state.ts';
import { applyTransaction } from '../../src/domain/savings/ledger.ts';
import { accrueLoans, owedOn } from '../../src/domain/savings/loans.ts';
import { cycleRules, type CycleRules } from '../../src/domain/savings/rules.ts';
import type { Transaction } from '../../src/domain/savings/transactions.ts';
import type { RegistryEngine } from './registry-engine.ts';

export const SAVINGS_RULES: CycleRules = cycleRules({ shareValue: 1_000, monthlyInterestBp: 200, maxLoanMultiple: 3, loanTermMonths: 3 });
const MEETINGS = 50;
const MEMBERS = 20;

/** group, seq, date, member, type, shares, amount (principal for a repayment), interest */
export type SavingsRow = [number, number, string, number, string, number, number, number];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32);
}

const dayOf = (week: number) => new Date(Date.UTC(2026, 0, 5 + 7 * week)).toISOString().slice(0, 10);

/** One group's cycle as rows, in order. */
export function groupRows(group: number): SavingsRow[] {
  const next = random(group + 1);
  const state = createLedger(SAVINGS_RULES);
  const rows: SavingsRow[] = [];
  const add = (tx: Transaction, member: number) => {
    if (!applyTransaction(state, tx).ok) return;
    const r = tx as Record<string, unknown>;
    rows.push([group, rows.length + 1, tx.date, member, tx.type, Number(r.shares ?? 0), Number(r.amount ?? r.principal ?? 0), Number(r.interest ?? 0)]);
  };
  const borrowedOn = new Map<number, number>();
  const repayAll = (m: number, date: string) => {
    const owed = owedOn(accrueLoans(memberBook(state, `m${m}`).loans, date, SAVINGS_RULES.monthlyInterestBp));
    if (owed.principal + owed.interest > 0) add({ id: `${group}-${rows.length}`, date, type: 'repayment', member: `m${m}`, principal: owed.principal, interest: owed.interest }, m);
    borrowedOn.delete(m);
  };
  for (let week = 0; week < MEETINGS; week++) {
    const date = dayOf(week);
    for (let m = 0; m < MEMBERS; m++) {
      const member = `m${m}`;
      add({ id: `${group}-${rows.length}`, date, type: 'share_purchase', member, shares: 1 + Math.floor(next() * 5) }, m);
      if (week % 4 === 0) add({ id: `${group}-${rows.length}`, date, type: 'social_fund', member, amount: 200 }, m);
      const since = borrowedOn.get(m);
      if (since !== undefined && week - since >= 4 && next() < 0.5) repayAll(m, date);
      else if (since === undefined && next() < 0.05) {
        const amount = Math.min(memberBook(state, member).shares * SAVINGS_RULES.shareValue * 2, Math.floor(next() * 50_000) + 1_000);
        add({ id: `${group}-${rows.length}`, date, type: 'loan', member, amount }, m);
        borrowedOn.set(m, week);
      }
    }
  }
  const last = dayOf(MEETINGS);
  for (const m of [...borrowedOn.keys()]) repayAll(m, last);
  add({ id: `${group}-${rows.length}`, date: last, type: 'share_out' }, -1);
  return rows;
}

/** Creates and fills bench_savings_rows with `groups` cycles; returns the row count. */
export async function loadSavings(engine: RegistryEngine, groups: number): Promise<number> {
  await engine.raw(`CREATE TABLE bench_savings_rows (group_no int NOT NULL, seq int NOT NULL, on_date date NOT NULL, member int NOT NULL, type text NOT NULL,
    shares int NOT NULL, amount_cents int8 NOT NULL, interest_cents int8 NOT NULL, PRIMARY KEY (group_no, seq))`);
  let count = 0;
  let chunk: SavingsRow[] = [];
  const flush = async () => {
    const column = (i: number) => chunk.map((r) => r[i]);
    await engine.raw(`INSERT INTO bench_savings_rows SELECT * FROM unnest($1::int[], $2::int[], $3::date[], $4::int[], $5::text[], $6::int[], $7::int8[], $8::int8[])`,
      [column(0), column(1), column(2), column(3), column(4), column(5), column(6), column(7)]);
    count += chunk.length;
    chunk = [];
  };
  for (let g = 0; g < groups; g++) {
    chunk.push(...groupRows(g));
    if (chunk.length >= 50_000) await flush();
  }
  if (chunk.length) await flush();
  await engine.raw('ANALYZE bench_savings_rows');
  return count;
}
