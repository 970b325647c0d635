/**
 * Recording a savings-group meeting as the treasurer's phone sends it (often later, from the
 * offline outbox): attendance, the meeting's transactions and the cash counted. The cycle is
 * replayed from what is stored and the new transactions are applied on top with every ledger
 * rule (src/domain/savings); the first one that breaks a rule refuses the whole meeting with
 * its reason and nothing is written. A transaction id already stored with the same content is
 * a resend and records nothing; the cash count is kept with its difference, never adjusted.
 */
import { uuidv7 } from 'uuidv7';
import type { SavingsCycleReport, SavingsMeetingInput, SavingsTransactionInput } from '../../contracts/savings.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError, validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { applyTransaction } from '../../domain/savings/ledger.ts';
import { toLedgerTransaction } from '../../domain/savings/stored.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { cashCountId, loadCycleBooks } from './cycle-replay.ts';
import type { LedgerState } from '../../domain/savings/ledger-state.ts';
import type { Repos } from '../ports.ts';
import type { NewSavingsTransaction, SavingsCycleRow } from './ports.ts';
import { cycleInScope, cycleReport } from './savings.service.ts';

const actorId = (ctx: CallContext) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

export async function recordSavingsMeeting(deps: ServiceDeps, ctx: CallContext, input: SavingsMeetingInput): Promise<SavingsCycleReport> {
  authorize(ctx.actor, 'savings.record');
  return deps.store.transaction(async (repos) => {
    const cycle = await cycleInScope(repos, ctx, input.cycle_id, { forWrite: true });
    const members = new Set(await repos.savings.memberIds(cycle.group_id));
    const problems = memberProblems(input, members);
    if (problems.length) throw validationFailed(problems);
    const state = await loadCycleBooks(repos, cycle);
    await applyMeeting({ repos, deps, ctx, cycle, members, state }, input, (i) => `transactions.${i}`);
    return cycleReport(repos, cycle, state, todayOf(deps));
  });
}

export interface MeetingTarget {
  repos: Repos;
  deps: ServiceDeps;
  ctx: CallContext;
  cycle: SavingsCycleRow;
  members: ReadonlySet<string>;
  /** The cycle's books, replayed from the stored rows; the meeting is applied to them. */
  state: LedgerState;
}

/** Applies one meeting to the books and writes it; throws VALIDATION_FAILED (path from `pathOf`) at the first rule break. */
export async function applyMeeting(target: MeetingTarget, input: SavingsMeetingInput, pathOf: (index: number) => string): Promise<number> {
  const { repos, deps, ctx, cycle, members, state } = target;
  const meeting = await repos.savings.findMeeting(cycle.id, input.held_on);
  const meetingId = meeting?.id ?? uuidv7();
  const fresh: NewSavingsTransaction[] = [];
  for (const [i, tx] of input.transactions.entries()) {
    const row = storedRow(tx, meetingId, actorId(ctx));
    const result = applyTransaction(state, toLedgerTransaction({ ...row, held_on: input.held_on }));
    if (!result.ok && result.rejection.code === 'id.reused') throw idReused(pathOf(i), tx.id);
    if (cycle.closed && !(result.ok && result.isDuplicate)) throw closedCycle(cycle, pathOf(i));
    if (!result.ok) throw validationFailed([{ path: pathOf(i), code: result.rejection.code, message: result.rejection.message }], `${pathOf(i)} breaks a rule of the cycle: ${result.rejection.message}`);
    if (!result.isDuplicate) fresh.push(row);
  }
  let computed: number | undefined;
  if (input.cash_counted_cents !== undefined) {
    const result = applyTransaction(state, { id: cashCountId(meetingId), date: input.held_on, type: 'cash_count', counted: input.cash_counted_cents });
    if (!result.ok) throw validationFailed([{ path: 'cash_counted_cents', code: result.rejection.code, message: result.rejection.message }]);
    if (!result.isDuplicate) computed = state.cashCounts.at(-1)!.computed;
  }
  if (cycle.closed && (computed !== undefined || !meeting)) throw closedCycle(cycle, computed !== undefined ? 'cash_counted_cents' : 'held_on');
  if (!meeting) await repos.savings.insertMeeting({ id: meetingId, cycle_id: cycle.id, held_on: input.held_on, cash_counted_cents: null, cash_computed_cents: null, created_by: actorId(ctx) });
  if (input.present.length) await repos.savings.setAttendance(meetingId, new Map([...members].map((id) => [id, input.present.includes(id)])));
  const taken = await repos.savings.insertTransactions(cycle.id, fresh);
  if (taken.length) throw idReused(pathOf(input.transactions.findIndex((t) => t.id === taken[0])), taken[0]!);
  if (computed !== undefined) await repos.savings.setCashCount(meetingId, input.cash_counted_cents!, computed);
  if (state.shareOut && !cycle.closed) await repos.savings.closeCycle(cycle.id, deps.clock());
  if (fresh.length || computed !== undefined || !meeting) {
    await recordAudit(repos, ctx, deps.clock(), { action: 'record_meeting', entity: 'savings_cycle', entityId: cycle.id, after: { held_on: input.held_on, transactions: fresh.map((t) => t.id), cash_counted_cents: input.cash_counted_cents ?? null } });
  }
  return fresh.length;
}

/** A cycle closed without a share-out takes nothing new (a share-out closes it in the ledger itself). */
function closedCycle(cycle: SavingsCycleRow, path: string): AppError {
  return validationFailed([{ path, code: 'cycle.closed', message: `the cycle ${cycle.starts_on} to ${cycle.ends_on} is closed; record this in the group's open cycle` }]);
}

/**
 * A client id already used for another transaction — in another meeting of this cycle with
 * other content, or anywhere in another cycle: a CONFLICT, not a rule break of the ledger. The
 * other cycle is not named (it may belong to another organisation).
 */
function idReused(path: string, id: string): AppError {
  const message = `transaction id ${id} was already used for another transaction; a new transaction needs a new id`;
  return new AppError('CONFLICT', `${path}: ${message}`, { rule: 'id.reused', params: { id }, details: [{ path, code: 'id.reused', message, params: { id } }] });
}

function memberProblems(input: SavingsMeetingInput, members: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  input.transactions.forEach((tx, i) => {
    if (tx.type === 'share_out') return;
    if (!tx.person_id) problems.push({ path: `transactions.${i}.person_id`, code: 'required', message: 'is required' });
    else if (!members.has(tx.person_id)) problems.push({ path: `transactions.${i}.person_id`, code: 'savings.not_member', message: 'is not a member of the group' });
  });
  input.present.forEach((id, i) => {
    if (!members.has(id)) problems.push({ path: `present.${i}`, code: 'savings.not_member', message: 'is not a member of the group' });
  });
  return problems;
}

function storedRow(tx: SavingsTransactionInput, meetingId: string, createdBy: string | null): NewSavingsTransaction {
  return {
    id: tx.id, meeting_id: meetingId, type: tx.type, person_id: tx.type === 'share_out' ? null : (tx.person_id ?? null), shares: tx.shares ?? null,
    amount_cents: tx.amount_cents ?? null, interest_cents: tx.interest_cents ?? null, fine_code: tx.fine_code ?? null, created_by: createdBy,
  };
}
