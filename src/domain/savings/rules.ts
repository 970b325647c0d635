/**
 * The constitution of one savings-group cycle (the village savings and loan method): share
 * value, shares a member may buy per meeting, loan interest, loan limit and term, social-fund
 * contribution and fines. Money is integer céntimos everywhere; a rate is integer basis points
 * per month (2 % a month = 200), so no float ever touches a balance. Dates are ISO
 * `YYYY-MM-DD` strings, compared as text; the module never reads a clock. Pure.
 */

export interface Fine {
  code: string;
  amount: number;
}

export interface CycleRules {
  /** Price of one share in céntimos (> 0). */
  shareValue: number;
  /** Shares a member may buy in one purchase line (≥ 1) and in one meeting (the maximum). */
  minSharesPerMeeting: number;
  maxSharesPerMeeting: number;
  /** Monthly interest on a loan's outstanding principal, in basis points; undefined = as recorded. */
  monthlyInterestBp?: number;
  /** A member may owe at most this multiple of her savings (shares × share value). */
  maxLoanMultiple: number;
  /** Months after disbursement when a loan falls due; past it, an unpaid loan is overdue. */
  loanTermMonths: number;
  /** Social-fund contribution per meeting in céntimos; undefined = any positive amount. */
  socialFundContribution?: number;
  /** The fines list; a fine with a code must have the listed amount. */
  fines: readonly Fine[];
  /** Cycle dates (inclusive); a transaction outside them is in a closed cycle. */
  startDate?: string;
  endDate?: string;
}

export const DEFAULT_RULES: Omit<CycleRules, 'shareValue'> = {
  minSharesPerMeeting: 1,
  maxSharesPerMeeting: 5,
  maxLoanMultiple: 3,
  loanTermMonths: 3,
  fines: [],
};

/** Rules with the method's defaults for what is not given. */
export function cycleRules(rules: Partial<CycleRules> & { shareValue: number }): CycleRules {
  return { ...DEFAULT_RULES, ...rules };
}

/** What is wrong with a set of rules (empty when usable). */
export function rulesProblems(rules: CycleRules): string[] {
  const problems: string[] = [];
  const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if (!isCount(rules.shareValue) || rules.shareValue === 0) problems.push('share value must be a whole number of céntimos above 0');
  if (!isCount(rules.minSharesPerMeeting) || rules.minSharesPerMeeting < 1) problems.push('minimum shares per meeting must be 1 or more');
  if (!isCount(rules.maxSharesPerMeeting) || rules.maxSharesPerMeeting < rules.minSharesPerMeeting) problems.push('maximum shares per meeting must be at least the minimum');
  if (rules.monthlyInterestBp !== undefined && !isCount(rules.monthlyInterestBp)) problems.push('monthly interest must be 0 or more basis points');
  if (!(rules.maxLoanMultiple >= 0)) problems.push('maximum loan multiple must be 0 or more');
  if (!isCount(rules.loanTermMonths) || rules.loanTermMonths < 1) problems.push('loan term must be 1 month or more');
  if (rules.startDate && rules.endDate && rules.endDate < rules.startDate) problems.push('the cycle ends before it starts');
  return problems;
}

/** `date` plus whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Interest of one month on `principal` céntimos, rounded half up to a céntimo. */
export function monthInterest(principal: number, bp: number): number {
  return Math.floor((principal * bp + 5_000) / 10_000);
}
