/**
 * ARCO access (Ley 29733 art. 19): a copy of everything Pallay holds about one person, as JSON
 * or PDF. Staff give it on her written request (their subtree; admin everyone); a member gets
 * her own. Every copy is audited, the audit row holding only section counts.
 */
import type { DataCopy } from '../../contracts/arco.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { dateProblem } from '../../domain/registry/person-rules.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertCanSeePerson } from '../registry/people-access.ts';
import { identifyingStrings, REFERRALS_NOTICE } from './identity.ts';

/** `requestedOn`: the date of her written request (staff), kept in the audit row. */
export async function getDataCopy(deps: ServiceDeps, ctx: CallContext, personId: string, opts: { requestedOn?: string } = {}): Promise<DataCopy> {
  authorize(ctx.actor, 'people.data_copy');
  const dateIssue = dateProblem('requested_on', opts.requestedOn, { today: todayOf(deps) });
  if (dateIssue) throw new AppError('VALIDATION_FAILED', 'The request date is not valid', { details: [dateIssue] });
  return deps.store.transaction(async (repos) => {
    await assertCanSeePerson(repos, ctx.actor, personId, todayOf(deps));
    const person = await repos.people.findById(personId);
    if (!person) throw notFound('Person');
    const sections = await repos.arco.collect(personId, identifyingStrings(person));
    const at = deps.clock();
    const counts = Object.fromEntries(Object.entries(sections).map(([name, rows]) => [name, rows.length]));
    await recordAudit(repos, ctx, at, { action: 'data_copy', entity: 'person', entityId: personId, after: { sections: counts, ...(opts.requestedOn ? { requested_on: opts.requestedOn } : {}) } });
    return { person_id: personId, generated_at: at.toISOString(), notices: [REFERRALS_NOTICE], sections };
  });
}
