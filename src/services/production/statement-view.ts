/**
 * How an issued statement reads: names resolved (hers, the recipient's, the issuer's), its
 * status, and the public link its QR code points to. Shared by the statement services, the
 * PDF and the verification page.
 */
import type { StatementOutput } from '../../contracts/statements.ts';
import type { ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import type { StatementRecord } from './statement-ports.ts';
import { verifyUrl as codeUrl } from '../verification/codes.ts';

/** The name of the installation when a statement is issued by an account with no organisation. */
export const DEFAULT_ISSUER = 'Pallay';

const fullName = (p: { given_names: string; paternal_surname: string; maternal_surname: string }): string =>
  [p.given_names, p.paternal_surname, p.maternal_surname].filter(Boolean).join(' ');

export function verifyUrl(deps: Pick<ServiceDeps, 'settings'>, code: string): string {
  return codeUrl(deps.settings.publicUrl, code);
}

export { groupedCode } from '../verification/codes.ts';

export async function issuerName(repos: Repos, statement: StatementRecord): Promise<string> {
  if (!statement.issuer_organisation_id) return DEFAULT_ISSUER;
  return (await repos.orgs.findById(statement.issuer_organisation_id))?.name ?? DEFAULT_ISSUER;
}

export async function recipientOf(repos: Repos, statement: StatementRecord): Promise<{ id: string; name: string } | null> {
  if (!statement.recipient_organisation_id) return null;
  const org = await repos.orgs.findById(statement.recipient_organisation_id);
  return org ? { id: org.id, name: org.name } : null;
}

export async function toStatementOutput(repos: Repos, deps: Pick<ServiceDeps, 'settings'>, s: StatementRecord): Promise<StatementOutput> {
  const person = await repos.people.findById(s.person_id);
  return {
    id: s.id,
    code: s.code,
    verify_url: verifyUrl(deps, s.code),
    person_id: s.person_id,
    person_name: person ? fullName(person) : '',
    period_from: s.period_from,
    period_to: s.period_to,
    recipient: await recipientOf(repos, s),
    issuer_name: await issuerName(repos, s),
    issued_at: s.issued_at.toISOString(),
    language: s.language,
    status: s.voided_at ? 'voided' : 'valid',
    voided_at: s.voided_at?.toISOString() ?? null,
    void_reason: s.void_reason,
    verify_reads: s.verify_reads,
    totals: s.totals,
  };
}
