/**
 * `pallay savings replay FILE.csv --share-value N [--interest-rate R] [--format json|table]`:
 * checks a savings group's paper ledger for one cycle from the file alone — no database, no
 * data folder — and prints the loan fund, the social fund and each member's shares, savings,
 * loans and share-out (the stable contract of docs/savings.md). A file it cannot read or a
 * ledger that breaks a rule exits with code 2 and names the first offending line and why.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isAppError } from '../../domain/errors.ts';
import { createLedger } from '../../domain/savings/ledger-state.ts';
import { replay } from '../../domain/savings/ledger.ts';
import { penToCentimos, readLedgerTable } from '../../domain/savings/ledger-file.ts';
import { replayReport, type ReplayReport } from '../../domain/savings/replay-report.ts';
import { cycleRules, rulesProblems, type CycleRules } from '../../domain/savings/rules.ts';
import { readTableFile } from '../../services/files/read-table.ts';
import { EXIT_USAGE, UsageError } from '../errors.ts';
import { parseFlags, printJson, printTable } from '../runtime.ts';

export const SAVINGS_USAGE =
  'pallay savings replay FILE.csv --share-value PEN [--interest-rate R] [--min-shares N] [--max-shares N] [--loan-multiple N] [--loan-term-months N] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--format json|table]';

const FLAGS = {
  'share-value': { type: 'string' }, 'interest-rate': { type: 'string' }, 'min-shares': { type: 'string' }, 'max-shares': { type: 'string' },
  'loan-multiple': { type: 'string' }, 'loan-term-months': { type: 'string' }, start: { type: 'string' }, end: { type: 'string' }, format: { type: 'string' },
} as const;

export async function savingsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'replay') throw new UsageError(`expected: ${SAVINGS_USAGE}`);
  const { values, positionals } = parseFlags(rest, FLAGS);
  if (positionals.length !== 1) throw new UsageError(`one ledger file expected; usage: ${SAVINGS_USAGE}`);
  const format = values.format ?? 'table';
  if (format !== 'json' && format !== 'table') throw new UsageError(`--format must be json or table; got "${format}"`);
  const rules = rulesFromFlags(values);
  const file = positionals[0]!;
  const outcome = await replayFile(file, rules);
  if (typeof outcome === 'string') {
    process.stderr.write(`pallay: ${outcome}\n`);
    return EXIT_USAGE;
  }
  if (format === 'json') printJson(outcome);
  else printTable(outcome.members.map((m) => ({ ...m, shareout_pen: m.shareout_pen ?? 'after loans are repaid' })));
  return 0;
}

/** The report, or the first problem as "FILE line N: why". */
async function replayFile(file: string, rules: CycleRules): Promise<ReplayReport | string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (err) {
    return `cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`;
  }
  if (bytes.length === 0) return `${file} is empty`;
  let table;
  try {
    table = await readTableFile(bytes, path.basename(file));
  } catch (err) {
    if (isAppError(err)) return `${file}: ${err.message}`;
    throw err;
  }
  const ledger = readLedgerTable(table);
  if (!ledger.ok) return `${file} line ${ledger.line}: ${ledger.message}`;
  const { state, refused } = replay(rules, ledger.lines.map((l) => l.transaction), createLedger(rules));
  if (refused) return `${file} line ${ledger.lines[refused.index]!.line}: ${refused.message} (${refused.code})`;
  return replayReport(state);
}

function rulesFromFlags(values: Partial<Record<keyof typeof FLAGS, string>>): CycleRules {
  if (!values['share-value']) throw new UsageError(`--share-value missing; usage: ${SAVINGS_USAGE}`);
  const shareValue = penToCentimos(values['share-value']);
  if (!shareValue) throw new UsageError(`--share-value must be an amount in soles above 0, like 10 or 10.50; got "${values['share-value']}"`);
  const count = (flag: keyof typeof FLAGS): number | undefined => {
    const text = values[flag];
    if (text === undefined) return undefined;
    if (!/^\d+(\.\d+)?$/.test(text)) throw new UsageError(`--${flag} must be a number; got "${text}"`);
    return Number(text);
  };
  const rules = cycleRules({
    shareValue,
    ...defined({ monthlyInterestBp: interestBp(values['interest-rate']), minSharesPerMeeting: count('min-shares'), maxSharesPerMeeting: count('max-shares'), maxLoanMultiple: count('loan-multiple'), loanTermMonths: count('loan-term-months'), startDate: values.start, endDate: values.end }),
  });
  const problems = rulesProblems(rules);
  if (problems.length) throw new UsageError(problems.join('; '));
  return rules;
}

/** A monthly rate as a fraction ("0.02") or a percentage ("2%") to basis points. */
function interestBp(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(text.trim());
  if (!match) throw new UsageError(`--interest-rate must be a monthly rate like 0.02 or 2%; got "${text}"`);
  const bp = Math.round(Number(match[1]) * (match[2] ? 100 : 10_000));
  if (bp > 10_000) throw new UsageError(`--interest-rate ${text} is over 100 % a month; write 0.02 or 2% for 2 % a month`);
  return bp;
}

function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
