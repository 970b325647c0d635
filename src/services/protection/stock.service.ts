/**
 * Protective-equipment stock: the item catalogue, stock received by an organisation (from a
 * programme, a company or a municipality) and what it has on hand per item. Receipts are
 * idempotent on the client-made id and audited; stock is kept per organisation, within the
 * caller's subtree.
 */
import { uuidv7 } from 'uuidv7';
import type { PpeItem, StockList, StockReceiptInput } from '../../contracts/protection.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanActInOrganisation } from '../registry/people-access.ts';

export const actorId = (ctx: CallContext) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

export async function listPpeItems(deps: ServiceDeps, ctx: CallContext): Promise<PpeItem[]> {
  authorize(ctx.actor, 'ppe.read');
  return deps.store.repos.protection.items();
}

/** Field problems for an organisation that does not exist; throws when it is outside the caller's subtree. */
export async function checkOrganisation(repos: Repos, ctx: CallContext, organisationId: string, problems: FieldProblem[]): Promise<boolean> {
  if (!(await repos.orgs.findById(organisationId))) {
    problems.push({ path: 'organisation_id', code: 'organisation.unknown', message: 'no such organisation' });
    return false;
  }
  await assertCanActInOrganisation(repos, ctx.actor, organisationId);
  return true;
}

export function checkNotFuture(date: string, today: string, path: string, problems: FieldProblem[]): void {
  if (date > today) problems.push({ path, code: 'date.in_future', params: { max: today }, message: `cannot be after today (${today})` });
}

export async function stockOnHand(deps: ServiceDeps, ctx: CallContext, organisationId: string): Promise<StockList> {
  authorize(ctx.actor, 'ppe.read');
  const repos = deps.store.repos;
  const problems: FieldProblem[] = [];
  await checkOrganisation(repos, ctx, organisationId, problems);
  if (problems.length) throw validationFailed(problems);
  return { organisation_id: organisationId, items: await repos.protection.stock(organisationId) };
}

export async function receiveStock(deps: ServiceDeps, ctx: CallContext, input: StockReceiptInput): Promise<StockList> {
  authorize(ctx.actor, 'ppe.manage');
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const problems: FieldProblem[] = [];
    await checkOrganisation(repos, ctx, input.organisation_id, problems);
    if (!(await repos.protection.findItem(input.item_id))) problems.push({ path: 'item_id', code: 'ppe.item_unknown', message: 'no such item' });
    checkNotFuture(input.received_on, today, 'received_on', problems);
    if (problems.length) throw validationFailed(problems);
    if (!(await repos.protection.movementExists(id))) {
      await repos.protection.insertMovements([{
        id, organisation_id: input.organisation_id, item_id: input.item_id, kind: 'received', quantity: input.quantity,
        moved_on: input.received_on, source: input.source ?? '', distribution_id: null, created_by: actorId(ctx),
      }]);
      await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'ppe_stock_receipt', entityId: id, after: input });
    }
    return { organisation_id: input.organisation_id, items: await repos.protection.stock(input.organisation_id) };
  });
}
