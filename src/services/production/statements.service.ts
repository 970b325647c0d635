/**
 * Issuing income statements from a woman's ledger. A statement for a named lender needs her
 * written consent to share with that lender (income is sensitive data under Ley 29733); it is
 * a snapshot with a random verification code, and withdrawing the consent voids it at once.
 */
import { uuidv7 } from 'uuidv7';
import type { StatementOutput, StatementRequest } from '../../contracts/statements.ts';
import type { ConsentOutput } from '../../contracts/registry.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { notFound, validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { statementTotals } from '../../domain/production/income-statement.ts';
import { productionSettings, recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanSeePerson } from '../registry/people-access.ts';
import { renderStatementPdf } from './statement-pdf.ts';
import { toStatementOutput } from './statement-view.ts';
import { newVerificationCode } from '../verification/codes.ts';
import { mapInOrder } from '../../domain/shared/in-order.ts';

export { newVerificationCode, normaliseCode } from '../verification/codes.ts';

/** Written (signature or thumbprint) sharing consent with the recipient, in force today. */
export function writtenSharingConsent(consents: readonly ConsentOutput[], organisationId: string, today: string): ConsentOutput | undefined {
  return consents.find((c) => c.purpose === 'sharing' && c.organisation_id === organisationId && c.method !== 'verbal_with_witness'
    && c.given_on <= today && (c.withdrawn_on === null || c.withdrawn_on > today));
}

function periodProblems(input: StatementRequest, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.to > today) problems.push({ path: 'to', code: 'date.in_future', message: 'cannot be in the future' });
  if (input.from > input.to) problems.push({ path: 'to', code: 'period.ends_before_start', message: 'cannot be before the start of the period' });
  return problems;
}

async function recipientConsent(repos: Repos, input: StatementRequest, today: string): Promise<ConsentOutput | null> {
  if (!input.recipient_organisation_id) return null;
  if (!(await repos.orgs.findById(input.recipient_organisation_id))) {
    throw validationFailed([{ path: 'recipient_organisation_id', code: 'organisation.unknown', message: 'no such organisation' }]);
  }
  const consent = writtenSharingConsent(await repos.consents.listForPerson(input.person_id), input.recipient_organisation_id, today);
  if (!consent) {
    throw validationFailed([{ path: 'recipient_organisation_id', code: 'statement.no_consent',
      message: 'she has not consented in writing (signature or thumbprint) to share her records with this organisation' }]);
  }
  return consent;
}

export async function issueStatement(deps: ServiceDeps, ctx: CallContext, input: StatementRequest): Promise<StatementOutput> {
  authorize(ctx.actor, 'statements.issue');
  const today = todayOf(deps);
  const problems = periodProblems(input, today);
  if (problems.length) throw validationFailed(problems);
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const existing = await repos.statements.findById(id);
    if (existing) return toStatementOutput(repos, deps, existing);
    await assertCanSeePerson(repos, ctx.actor, input.person_id, today);
    const consent = await recipientConsent(repos, input, today);
    const owner = { personId: input.person_id };
    const savings = await repos.savings.savingsInPeriod(input.person_id, input.from, input.to);
    const totals = statementTotals({
      from: input.from, to: input.to, lots: await repos.lots.list(owner),
      sales: await repos.sales.list(owner, { from: input.from, to: input.to }),
      discountThreshold: productionSettings(deps).discountThreshold,
      savingsCents: savings.is_member ? savings.savings_cents : null,
    });
    const statement = await repos.statements.insert({
      id, code: newVerificationCode(), person_id: input.person_id, period_from: input.from, period_to: input.to,
      recipient_organisation_id: input.recipient_organisation_id ?? null, consent_id: consent?.id ?? null, language: input.language, totals,
      issued_by: ctx.actor.type === 'user' ? ctx.actor.id : null, issuer_organisation_id: ctx.actor.organisationId, issued_at: deps.clock(),
    });
    await recordAudit(repos, ctx, deps.clock(), { action: 'issue_statement', entity: 'income_statement', entityId: id,
      after: { person_id: input.person_id, period_from: input.from, period_to: input.to, recipient_organisation_id: statement.recipient_organisation_id } });
    return toStatementOutput(repos, deps, statement);
  });
}

/** A statement in full (her name and totals): audited, since it is her income. */
export async function getStatement(deps: ServiceDeps, ctx: CallContext, id: string): Promise<StatementOutput> {
  authorize(ctx.actor, 'statements.issue');
  return deps.store.transaction(async (repos) => {
    const statement = await repos.statements.findById(id);
    if (!statement) throw notFound('Statement');
    await assertCanSeePerson(repos, ctx.actor, statement.person_id, todayOf(deps));
    await recordAudit(repos, ctx, deps.clock(), { action: 'read', entity: 'income_statement', entityId: id });
    return toStatementOutput(repos, deps, statement);
  });
}

export async function listStatements(deps: ServiceDeps, ctx: CallContext, personId: string): Promise<StatementOutput[]> {
  authorize(ctx.actor, 'statements.issue');
  return deps.store.transaction(async (repos) => {
    await assertCanSeePerson(repos, ctx.actor, personId, todayOf(deps));
    const statements = await repos.statements.listForPerson(personId);
    return mapInOrder(statements, (s) => toStatementOutput(repos, deps, s));
  });
}

export async function voidStatement(deps: ServiceDeps, ctx: CallContext, id: string, reason: string): Promise<StatementOutput> {
  authorize(ctx.actor, 'statements.issue');
  return deps.store.transaction(async (repos) => {
    const before = await repos.statements.findById(id);
    if (!before) throw notFound('Statement');
    await assertCanSeePerson(repos, ctx.actor, before.person_id, todayOf(deps));
    const after = await repos.statements.voidOne(id, deps.clock(), reason);
    await recordAudit(repos, ctx, deps.clock(), { action: 'void_statement', entity: 'income_statement', entityId: id, after: { reason } });
    return toStatementOutput(repos, deps, after!);
  });
}

/** The statement as a one-page PDF, named by its period; an audited read like getStatement. */
export async function statementPdf(deps: ServiceDeps, ctx: CallContext, id: string): Promise<{ filename: string; bytes: Buffer }> {
  const statement = await getStatement(deps, ctx, id);
  const person = await deps.store.repos.people.findById(statement.person_id);
  const document = person?.id_number ? `${person.id_type === 'dni' ? 'DNI' : 'CE'} ${person.id_number}` : null;
  return { filename: `constancia-${statement.period_from}-${statement.period_to}.pdf`, bytes: renderStatementPdf(statement, document) };
}
