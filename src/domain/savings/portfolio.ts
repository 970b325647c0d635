/**
 * Portfolio at risk, the health figure of a savings group's lending: the principal of loans
 * unpaid more than N days (30 by default) after their due date, and its share of all principal
 * outstanding. Computed from the replayed books on a given date; the module reads no clock. Pure.
 */
import type { LedgerState } from './ledger-state.ts';

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;

export interface PortfolioAtRisk {
  /** Principal of loans more than `days` past due, céntimos. */
  at_risk_cents: number;
  outstanding_cents: number;
  /** at_risk ÷ outstanding, or 0 with nothing outstanding. */
  ratio: number;
}

/**
 * @example portfolioAtRisk(state, '2026-06-30') // { at_risk_cents: 6000, outstanding_cents: 20000, ratio: 0.3 }
 */
export function portfolioAtRisk(state: LedgerState, asOf: string, days = 30): PortfolioAtRisk {
  let atRisk = 0;
  let outstanding = 0;
  const today = dayNumber(asOf);
  for (const book of state.members.values()) {
    for (const loan of book.loans) {
      outstanding += loan.principal;
      if (today - dayNumber(loan.due) > days) atRisk += loan.principal;
    }
  }
  return { at_risk_cents: atRisk, outstanding_cents: outstanding, ratio: outstanding === 0 ? 0 : atRisk / outstanding };
}
