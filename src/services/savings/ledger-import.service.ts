/**
 * Importing a paper ledger (the file of `pallay savings replay`, docs/savings.md) into a cycle
 * of a group in the app. The `member` column names each member by her DNI (or other document
 * number) or her person id; rows are grouped into meetings by date, a date's `cash_count` row
 * becomes that meeting's cash count. Each row gets a transaction id derived from the cycle and
 * the row's content (and its rank among identical rows of the same day), so importing the same
 * file again — even with rows added at the end — records nothing twice. The whole file is one
 * transaction: the first line that breaks a rule refuses the import and nothing is written.
 */
import { createHash } from 'node:crypto';
import type { SavingsCycleReport, SavingsMeetingInput, SavingsTransactionInput } from '../../contracts/savings.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { readLedgerTable, type LedgerLine } from '../../domain/savings/ledger-file.ts';
import { readTableFile } from '../files/read-table.ts';
import { todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { loadCycleBooks } from './cycle-replay.ts';
import { applyMeeting } from './meetings.service.ts';
import { cycleInScope, cycleReport } from './savings.service.ts';

/** A UUID (version-5 layout) from a SHA-1 of the text: the same row always gets the same id. */
function stableId(text: string): string {
  const hex = createHash('sha1').update(text).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function importSavingsLedger(deps: ServiceDeps, ctx: CallContext, input: { cycleId: string; bytes: Uint8Array; fileName: string }): Promise<SavingsCycleReport & { imported: number }> {
  authorize(ctx.actor, 'savings.record');
  const read = readLedgerTable(await readTableFile(input.bytes, input.fileName));
  if (!read.ok) throw validationFailed([{ path: `line.${read.line}`, code: 'savings.unreadable_row', message: read.message }], `line ${read.line}: ${read.message}`);
  return deps.store.transaction(async (repos) => {
    const cycle = await cycleInScope(repos, ctx, input.cycleId, { forWrite: true });
    const documents = await repos.savings.memberDocuments(cycle.group_id);
    const byName = new Map(documents.flatMap((d) => [[d.person_id, d.person_id], ...(d.id_number ? [[d.id_number, d.person_id] as const] : [])]));
    const unknown: FieldProblem[] = read.lines
      .filter((l) => 'member' in l.transaction && !byName.has(l.transaction.member))
      .map((l) => ({ path: `line.${l.line}`, code: 'savings.not_member', message: `member "${(l.transaction as { member: string }).member}" is not the DNI or person id of a member of the group` }));
    if (unknown.length) throw validationFailed(unknown.slice(0, 20), `line ${unknown[0]!.path.slice(5)}: ${unknown[0]!.message}`);
    const state = await loadCycleBooks(repos, cycle);
    const target = { repos, deps, ctx, cycle, members: new Set(documents.map((d) => d.person_id)), state };
    let imported = 0;
    for (const { meeting, lines } of meetingsOf(cycle.id, read.lines, byName)) {
      imported += await applyMeeting(target, meeting, (i) => `line.${lines[i]}`);
    }
    return { ...(await cycleReport(repos, cycle, state, todayOf(deps))), imported };
  });
}

/** The file's rows as meetings (by date, in file order), with the file line of each transaction. */
function meetingsOf(cycleId: string, rows: readonly LedgerLine[], personOf: ReadonlyMap<string, string>): { meeting: SavingsMeetingInput; lines: number[] }[] {
  const meetings = new Map<string, { meeting: SavingsMeetingInput; lines: number[] }>();
  const seen = new Map<string, number>();
  for (const { line, transaction: tx } of rows) {
    const entry = meetings.get(tx.date) ?? { meeting: { cycle_id: cycleId, held_on: tx.date, present: [], transactions: [] }, lines: [] };
    meetings.set(tx.date, entry);
    if (tx.type === 'cash_count') {
      entry.meeting.cash_counted_cents = tx.counted;
      continue;
    }
    const person = 'member' in tx ? personOf.get(tx.member) : undefined;
    const content = JSON.stringify({ ...tx, id: undefined, member: person });
    const rank = (seen.get(content) ?? 0) + 1;
    seen.set(content, rank);
    const row: SavingsTransactionInput = { id: stableId(`${cycleId}|${content}|${rank}`), type: tx.type, ...(person ? { person_id: person } : {}) };
    if (tx.type === 'share_purchase') row.shares = tx.shares;
    else if (tx.type === 'repayment') Object.assign(row, { amount_cents: tx.principal, interest_cents: tx.interest });
    else if (tx.type !== 'share_out') Object.assign(row, { amount_cents: tx.amount }, tx.type === 'fine' && tx.code ? { fine_code: tx.code } : {});
    entry.meeting.transactions.push(row);
    entry.lines.push(line);
  }
  return [...meetings.values()];
}
