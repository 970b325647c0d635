/**
 * Distributions of protective equipment to people: a promoter hands a woman a helmet and
 * gloves from her organisation's stock. Never more than on hand: under a lock on the
 * organisation, each line beyond its stock is refused by name (items.N.quantity), and nothing is
 * written. Idempotent on the client-made id, audited.
 */
import { uuidv7 } from 'uuidv7';
import type { DistributionInput, DistributionOutput } from '../../contracts/protection.ts';
import { authorize, isNetworkWide } from '../../domain/auth/actor.ts';
import { validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertCanActInOrganisation, assertTakesNewRecords, isInScope, peopleScope } from '../registry/people-access.ts';
import { actorId, checkNotFuture, checkOrganisation } from './stock.service.ts';

export async function distributePpe(deps: ServiceDeps, ctx: CallContext, input: DistributionInput): Promise<DistributionOutput> {
  authorize(ctx.actor, 'ppe.manage');
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const existing = await repos.protection.findDistribution(id);
    if (existing) {
      await assertCanActInOrganisation(repos, ctx.actor, existing.organisation_id);
      return existing;
    }
    const problems: FieldProblem[] = [];
    const orgOk = await checkOrganisation(repos, ctx, input.organisation_id, problems);
    const scope = await peopleScope(repos, ctx.actor, today);
    if (!(await repos.people.findById(input.person_id)) || !(await isInScope(repos, scope, input.person_id))) {
      problems.push({ path: 'person_id', code: 'person.unknown', message: 'no such person among the people you can see' });
    } else {
      await assertTakesNewRecords(repos, input.person_id);
    }
    checkNotFuture(input.distributed_on, today, 'distributed_on', problems);
    if (orgOk) await repos.protection.lockOrganisation(input.organisation_id);
    const stock = orgOk ? await repos.protection.stock(input.organisation_id) : [];
    const seen = new Set<string>();
    for (const [i, line] of input.items.entries()) {
      const item = await repos.protection.findItem(line.item_id);
      if (!item) {
        problems.push({ path: `items.${i}.item_id`, code: 'ppe.item_unknown', message: 'no such item' });
        continue;
      }
      if (seen.has(line.item_id)) {
        problems.push({ path: `items.${i}.item_id`, code: 'ppe.item_repeated', params: { item: item.name }, message: `${item.name} is listed twice` });
        continue;
      }
      seen.add(line.item_id);
      const onHand = stock.find((s) => s.item_id === line.item_id)?.on_hand ?? 0;
      if (orgOk && line.quantity > onHand) {
        problems.push({
          path: `items.${i}.quantity`, code: 'ppe.beyond_stock', params: { item: item.name, on_hand: onHand },
          message: `only ${onHand} ${item.name} on hand`,
        });
      }
    }
    if (problems.length) throw validationFailed(problems);
    await repos.protection.insertDistribution({
      id, organisation_id: input.organisation_id, person_id: input.person_id, distributed_on: input.distributed_on, source: input.source ?? '', created_by: actorId(ctx),
    });
    await repos.protection.insertMovements(input.items.map((line) => ({
      id: uuidv7(), organisation_id: input.organisation_id, item_id: line.item_id, kind: 'distributed' as const, quantity: line.quantity,
      moved_on: input.distributed_on, source: input.source ?? '', distribution_id: id, created_by: actorId(ctx),
    })));
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'ppe_distribution', entityId: id, after: { organisation_id: input.organisation_id, items: input.items } });
    return (await repos.protection.findDistribution(id))!;
  });
}

export async function listDistributions(deps: ServiceDeps, ctx: CallContext, query: { organisation_id?: string; person_id?: string }): Promise<DistributionOutput[]> {
  authorize(ctx.actor, 'ppe.read');
  const repos = deps.store.repos;
  if (query.organisation_id) {
    await assertCanActInOrganisation(repos, ctx.actor, query.organisation_id);
    return repos.protection.listDistributions({ organisationIds: await repos.organisations.subtreeIds(query.organisation_id), personId: query.person_id });
  }
  if (isNetworkWide(ctx.actor)) return repos.protection.listDistributions({ organisationIds: null, personId: query.person_id });
  if (!ctx.actor.organisationId) return [];
  return repos.protection.listDistributions({ organisationIds: await repos.organisations.subtreeIds(ctx.actor.organisationId), personId: query.person_id });
}
