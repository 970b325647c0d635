/**
 * How an issued certificate reads: the person's and the programme's names resolved, the
 * issuing organisation, its status and the public link its QR code opens. Shared by the
 * certificate services, the PDF and the public verification.
 */
import type { CertificateOutput } from '../../contracts/trainings.ts';
import type { ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { DEFAULT_ISSUER } from '../production/statement-view.ts';
import { verifyUrl } from '../verification/codes.ts';
import type { CertificateRecord } from './ports.ts';

export const personName = (p: { given_names: string; paternal_surname: string; maternal_surname: string }): string =>
  [p.given_names, p.paternal_surname, p.maternal_surname].filter(Boolean).join(' ');

export async function certificateIssuer(repos: Repos, c: Pick<CertificateRecord, 'issuer_organisation_id'>): Promise<string> {
  if (!c.issuer_organisation_id) return DEFAULT_ISSUER;
  return (await repos.orgs.findById(c.issuer_organisation_id))?.name ?? DEFAULT_ISSUER;
}

export async function toCertificateOutput(repos: Repos, deps: Pick<ServiceDeps, 'settings'>, c: CertificateRecord): Promise<CertificateOutput> {
  const person = await repos.people.findById(c.person_id);
  const programme = await repos.trainings.findProgramme(c.programme_id);
  return {
    id: c.id,
    code: c.code,
    verify_url: verifyUrl(deps.settings.publicUrl, c.code),
    person_id: c.person_id,
    person_name: person ? personName(person) : '',
    programme_id: c.programme_id,
    programme_name: programme?.name ?? '',
    issued_on: c.issued_on,
    issuer_name: await certificateIssuer(repos, c),
    modules_attended: c.modules_attended,
    modules_total: c.modules_total,
    status: c.voided_at ? 'voided' : 'valid',
    voided_at: c.voided_at?.toISOString() ?? null,
    void_reason: c.void_reason,
    verify_reads: c.verify_reads,
  };
}
