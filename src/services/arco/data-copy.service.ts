/**
 * ARCO access (Ley 29733 art. 19): a copy of everything Pallay holds about one person, as JSON
 * or PDF. Staff give it on her written request (their subtree; admin everyone); a member gets
 * her own. Every copy is audited, the audit row holding only section counts.
 */
import type { DataCopy } from '../../contracts/arco.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { notFound } from '../../domain/errors.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertCanSeePerson } from '../registry/people-access.ts';
import { identifyingStrings, REFERRALS_NOTICE } from './identity.ts';

export async function getDataCopy(deps: ServiceDeps, ctx: CallContext, personId: string): Promise<DataCopy> {
  authorize(ctx.actor, 'people.data_copy');
  return deps.store.transaction(async (repos) => {
    await assertCanSeePerson(repos, ctx.actor, personId, todayOf(deps));
    const person = await repos.people.findById(personId);
    if (!person) throw notFound('Person');
    const sections = await repos.arco.collect(personId, identifyingStrings(person));
    const at = deps.clock();
    const counts = Object.fromEntries(Object.entries(sections).map(([name, rows]) => [name, rows.length]));
    await recordAudit(repos, ctx, at, { action: 'data_copy', entity: 'person', entityId: personId, after: { sections: counts } });
    return { person_id: personId, generated_at: at.toISOString(), notices: [REFERRALS_NOTICE], sections };
  });
}
