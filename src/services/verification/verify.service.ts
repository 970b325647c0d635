/**
 * One public verification for every document Pallay issues. A code is looked up among income
 * statements, then training certificates (codes are 100 random bits, so the two never meet);
 * the document's own module builds the answer and counts the read. An unknown or malformed
 * code is a plain NOT_FOUND, the same for both, so nothing about other codes leaks.
 */
import type { DocumentVerification } from '../../contracts/verification.ts';
import { notFound } from '../../domain/errors.ts';
import type { ServiceDeps } from '../deps.ts';
import { statementVerification } from '../production/verification.service.ts';
import { certificateVerification } from '../trainings/certificate-verification.ts';
import { CODE_SHAPE, normaliseCode } from './codes.ts';

export async function verifyDocument(deps: ServiceDeps, rawCode: string): Promise<DocumentVerification> {
  const code = normaliseCode(rawCode);
  if (!CODE_SHAPE.test(code)) throw notFound('Document');
  return deps.store.transaction(async (repos) => {
    const found = (await statementVerification(repos, code, deps.clock())) ?? (await certificateVerification(repos, code));
    if (!found) throw notFound('Document');
    return found;
  });
}
