/**
 * ARCO cancellation (Ley 29733 art. 20): on her written request, erase her identity everywhere
 * and keep only what the retention table (docs/security.md "Retention") says the law or the
 * other members' records need, without identity. The audit rows that held her data lose their
 * before/after (their hashes stay, so `pallay audit verify` passes), and one new audit row
 * records that the cancellation happened: date, legal basis, counts and the redacted rows'
 * numbers, never the erased content. One transaction: all of it or nothing.
 */
import type { CancellationInput, CancellationOutput } from '../../contracts/arco.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { dateProblem } from '../../domain/registry/person-rules.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertCanSeePerson } from '../registry/people-access.ts';
import { identifyingStrings, namesHer } from './identity.ts';

export async function cancelPerson(deps: ServiceDeps, ctx: CallContext, personId: string, input: CancellationInput): Promise<CancellationOutput> {
  authorize(ctx.actor, 'people.cancel');
  const today = todayOf(deps);
  const dateIssue = dateProblem('requested_on', input.requested_on, { today });
  if (dateIssue) throw new AppError('VALIDATION_FAILED', 'The request date is not valid', { details: [dateIssue] });
  return deps.store.transaction(async (repos) => {
    await assertCanSeePerson(repos, ctx.actor, personId, today);
    const person = await repos.people.findById(personId);
    if (!person) throw notFound('Person');
    if (person.merged_into_id) throw new AppError('CONFLICT', 'This record was merged into another; cancel that one', { rule: 'person.merged' });
    const needles = identifyingStrings(person);
    if (namesHer(input.legal_basis, person, needles)) {
      throw new AppError('VALIDATION_FAILED', 'The legal basis must not name her: it is kept after her data is erased', {
        details: [{ path: 'legal_basis', code: 'legal_basis.names_her', message: 'must not contain her name, document number or phone' }],
      });
    }
    const at = deps.clock();
    const linkedIds = await repos.arco.linkedIdsOf(personId);
    const erased = await repos.arco.erase({ personId, requestedOn: input.requested_on, at, needles });
    if (erased.people === 0) throw new AppError('CONFLICT', 'Her data was already cancelled', { rule: 'person.cancelled' });
    const ids = [personId, ...linkedIds];
    const seqs = await repos.audit.redactMentioning({ entityIds: ids, needles: [...ids, ...needles], at });
    await recordAudit(repos, ctx, at, {
      action: 'cancel', entity: 'person', entityId: personId,
      after: { requested_on: input.requested_on, legal_basis: input.legal_basis, erased, redacted_audit_seqs: seqs },
    });
    return { person_id: personId, cancelled_on: input.requested_on, erased, redacted_audit_rows: seqs.length };
  });
}
