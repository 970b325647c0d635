/**
 * The public side of a training certificate: whoever holds its code (an employer, a public
 * body reading the QR) learns whether it is valid, the programme, the date and who issued it,
 * with the person's name as initials only. Each read is counted.
 */
import type { CertificateVerification } from '../../contracts/verification.ts';
import { initialsOf } from '../../domain/production/income-statement.ts';
import type { Repos } from '../ports.ts';
import { certificateIssuer } from './certificate-view.ts';

/** The certificate with this (normalised) code, its read counted, or undefined; inside the caller's transaction. */
export async function certificateVerification(repos: Repos, code: string): Promise<CertificateVerification | undefined> {
  const certificate = await repos.certificates.readByCode(code);
  if (!certificate) return undefined;
  const person = await repos.people.findById(certificate.person_id);
  const programme = await repos.trainings.findProgramme(certificate.programme_id);
  return {
    kind: 'training_certificate',
    status: certificate.voided_at ? 'voided' : 'valid',
    code: certificate.code,
    initials: person ? initialsOf(person) : '',
    programme_name: programme?.name ?? '',
    issuer_name: await certificateIssuer(repos, certificate),
    issued_on: certificate.issued_on,
    voided_at: certificate.voided_at?.toISOString() ?? null,
  };
}
