/**
 * The public answer of /api/verify/CODE for every kind of document Pallay issues: an income
 * statement (status, initials, issuer, period, totals) or a training certificate (status,
 * initials, programme, date, issuer). Never anything else about the person.
 */
import { z } from 'zod';
import { VerificationOutput } from './statements.ts';

export const StatementVerification = VerificationOutput.extend({ kind: z.literal('income_statement') });
export type StatementVerification = z.infer<typeof StatementVerification>;

export const CertificateVerification = z.object({
  kind: z.literal('training_certificate'),
  status: z.enum(['valid', 'voided']),
  code: z.string(),
  initials: z.string(),
  programme_name: z.string(),
  issuer_name: z.string(),
  issued_on: z.string(),
  voided_at: z.string().nullable(),
});
export type CertificateVerification = z.infer<typeof CertificateVerification>;

/** @example { "kind": "training_certificate", "status": "valid", "initials": "R. Q. M.", "programme_name": "Educación financiera", … } */
export const DocumentVerification = z.discriminatedUnion('kind', [StatementVerification, CertificateVerification]);
export type DocumentVerification = z.infer<typeof DocumentVerification>;
