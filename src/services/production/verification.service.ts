/**
 * The public side of an income statement: anyone holding its code (a loan officer reading the
 * QR; services/verification routes the code here) learns whether it is valid, who issued it,
 * the period and the totals, with her name as initials; never the records behind it. Each read is counted. A statement whose sharing
 * consent has since been withdrawn is voided here too, so withdrawal takes effect at once.
 */
import type { StatementVerification } from '../../contracts/verification.ts';
import { initialsOf } from '../../domain/production/income-statement.ts';
import type { Repos } from '../ports.ts';
import type { StatementRecord } from './statement-ports.ts';
import { issuerName, recipientOf } from './statement-view.ts';

async function voidIfConsentWithdrawn(repos: Repos, statement: StatementRecord, now: Date): Promise<StatementRecord> {
  if (statement.voided_at || !statement.consent_id) return statement;
  const consent = await repos.consents.findById(statement.consent_id);
  if (consent && consent.withdrawn_on === null) return statement;
  return (await repos.statements.voidOne(statement.id, now, 'consent_withdrawn')) ?? statement;
}

/** The statement with this (normalised) code, its read counted, or undefined; run inside the caller's transaction. */
export async function statementVerification(repos: Repos, code: string, now: Date): Promise<StatementVerification | undefined> {
  const found = await repos.statements.readByCode(code);
  if (!found) return undefined;
  const statement = await voidIfConsentWithdrawn(repos, found, now);
  const person = await repos.people.findById(statement.person_id);
  const t = statement.totals;
  return {
    kind: 'income_statement',
    status: statement.voided_at ? 'voided' : 'valid',
    code: statement.code,
    initials: person ? initialsOf(person) : '',
    issuer_name: await issuerName(repos, statement),
    recipient_name: (await recipientOf(repos, statement))?.name ?? null,
    issued_at: statement.issued_at.toISOString(),
    voided_at: statement.voided_at?.toISOString() ?? null,
    period_from: statement.period_from,
    period_to: statement.period_to,
    totals: {
      months: t.months, lots: t.lots, sales: t.sales, fine_gold_g: t.fine_gold_g, paid_pen: t.paid_pen,
      monthly_average_income_pen: t.monthly_average_income_pen, share_above_threshold: t.share_above_threshold,
    },
  };
}
