/**
 * The public side of an income statement: anyone holding its code (a loan officer reading the
 * QR) learns whether it is valid, who issued it, the period and the totals, with her name as
 * initials; never the records behind it. Each read is counted. A statement whose sharing
 * consent has since been withdrawn is voided here too, so withdrawal takes effect at once.
 */
import type { VerificationOutput } from '../../contracts/statements.ts';
import { notFound } from '../../domain/errors.ts';
import { initialsOf } from '../../domain/production/income-statement.ts';
import type { ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import type { StatementRecord } from './statement-ports.ts';
import { issuerName, recipientOf } from './statement-view.ts';
import { normaliseCode } from './statements.service.ts';

/** Codes are 20 symbols of base32; anything else is not looked up at all. */
const CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{20}$/;

async function voidIfConsentWithdrawn(repos: Repos, statement: StatementRecord, now: Date): Promise<StatementRecord> {
  if (statement.voided_at || !statement.consent_id) return statement;
  const consent = await repos.consents.findById(statement.consent_id);
  if (consent && consent.withdrawn_on === null) return statement;
  return (await repos.statements.voidOne(statement.id, now, 'consent_withdrawn')) ?? statement;
}

export async function verifyStatement(deps: ServiceDeps, rawCode: string): Promise<VerificationOutput> {
  const code = normaliseCode(rawCode);
  if (!CODE_SHAPE.test(code)) throw notFound('Statement');
  return deps.store.transaction(async (repos) => {
    const found = await repos.statements.readByCode(code);
    if (!found) throw notFound('Statement');
    const statement = await voidIfConsentWithdrawn(repos, found, deps.clock());
    const person = await repos.people.findById(statement.person_id);
    const t = statement.totals;
    return {
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
  });
}
