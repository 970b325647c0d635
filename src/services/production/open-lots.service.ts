/**
 * The open lots a promoter's or leader's phone keeps for offline sales: lots not yet sold out
 * of the active women she may see (her organisation's subtree; everyone for network-wide
 * roles; her own for a member), newest first, bounded so a phone never downloads a whole
 * network's ledger. One read instead of one per woman; `is_truncated` says that older open
 * lots were left on the server (the sale form asks the server for a woman's lots when online).
 */
import type { LotOutput } from '../../contracts/production.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { peopleScope } from '../registry/people-access.ts';

export async function listOpenLots(deps: ServiceDeps, ctx: CallContext, query: { limit: number }): Promise<{ items: LotOutput[]; is_truncated: boolean }> {
  authorize(ctx.actor, 'production.read');
  const { repos } = deps.store;
  const scope = await peopleScope(repos, ctx.actor, todayOf(deps));
  const found = await repos.lots.listOpenInScope(scope, query.limit + 1);
  return { items: found.slice(0, query.limit), is_truncated: found.length > query.limit };
}
