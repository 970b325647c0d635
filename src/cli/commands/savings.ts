/**
 * `pallay savings replay FILE.csv --share-value N [--interest-rate R] [--format json|table]`:
 * checks a savings group's paper ledger for one cycle from the file alone — no database, no
 * data folder — and prints the loan fund, the social fund and each member's shares, savings,
 * loans and share-out (the stable contract of docs/savings.md). A file it cannot read or a
 * ledger that breaks a rule exits with code 2 and names the first offending line and why.
 * `pallay savings import FILE.csv --cycle ID [--format json|table]` records the same file into a
 * cycle of the database through the service of POST /api/savings/cycles/{id}/import: members by
 * DNI or person id, a re-import records only new rows, the first offending line exits 2.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError, isAppError } from '../../domain/errors.ts';
import { createLedger } from '../../domain/savings/ledger-state.ts';
import { replay } from '../../domain/savings/ledger.ts';
import { penToCentimos, readLedgerTable } from '../../domain/savings/ledger-file.ts';
import { replayReport, type ReplayReport } from '../../domain/savings/replay-report.ts';
import { cycleRules, rulesProblems, type CycleRules } from '../../domain/savings/rules.ts';
import { readTableFile } from '../../services/files/read-table.ts';
import { importSavingsLedger } from '../../services/savings/ledger-import.service.ts';
import { EXIT_USAGE, UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, printTable, withContext } from '../runtime.ts';

export const SAVINGS_USAGE =
  'pallay savings replay FILE.csv --share-value PEN [--interest-rate R] [--min-shares N] [--max-shares N] [--loan-multiple N] [--loan-term-months N] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--format json|table]'
  + ' | pallay savings import FILE.csv --cycle ID [--format json|table]';

const FLAGS = {
  'share-value': { type: 'string' }, 'interest-rate': { type: 'string' }, 'min-shares': { type: 'string' }, 'max-shares': { type: 'string' },
  'loan-multiple': { type: 'string' }, 'loan-term-months': { type: 'string' }, start: { type: 'string' }, end: { type: 'string' }, format: { type: 'string' },
} as const;

export async function savingsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') return importCommand(rest);
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function importCommand(rest: string[]): Promise<number> {
  const { values, positionals } = parseFlags(rest, { cycle: { type: 'string' }, format: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError(`one ledger file expected; usage: ${SAVINGS_USAGE}`);
  if (!values.cycle) throw new UsageError(`--cycle missing; usage: ${SAVINGS_USAGE}`);
  if (!UUID.test(values.cycle)) throw new UsageError(`--cycle must be a cycle id (a UUID); got "${values.cycle}"`);
  const format = values.format ?? 'table';
  if (format !== 'json' && format !== 'table') throw new UsageError(`--format must be json or table; got "${format}"`);
  const file = positionals[0]!;
  const bytes = await readLedgerBytes(file);
  if (typeof bytes === 'string') return fail(bytes);
  const cycleId = values.cycle;
  let report;
  try {
    report = await withContext('pallay savings import', (ctx) => importSavingsLedger(ctx.services, CLI_CONTEXT, { cycleId, bytes, fileName: path.basename(file) }));
  } catch (err) {
    if (!(err instanceof AppError) || !['VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT'].includes(err.code)) throw err;
    if (err.code === 'NOT_FOUND') return fail(`--cycle: no savings cycle ${cycleId}`);
    const first = err.details[0];
    const line = first?.path.startsWith('line.') ? ` line ${first.path.slice(5)}` : '';
    return fail(`${file}${line}: ${first?.message ?? err.message}${first?.code ? ` (${first.code})` : ''}; nothing imported`);
  }
  if (format === 'json') printJson(report);
  else process.stdout.write(`Imported ${report.imported} new transaction(s) from ${file} into cycle ${cycleId}: fund S/ ${(report.fund_cents / 100).toFixed(2)}, ${report.total_shares} shares.\n`);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`pallay: ${message}\n`);
  return EXIT_USAGE;
}

/** The file's bytes, or why it cannot be read. */
async function readLedgerBytes(file: string): Promise<Uint8Array | string> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (err) {
    return `cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`;
  }
  return bytes.length === 0 ? `${file} is empty` : bytes;
}

/** The report, or the first problem as "FILE line N: why". */
async function replayFile(file: string, rules: CycleRules): Promise<ReplayReport | string> {
  const bytes = await readLedgerBytes(file);
  if (typeof bytes === 'string') return bytes;
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
