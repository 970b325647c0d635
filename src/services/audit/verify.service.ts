/**
 * `pallay audit verify`: recomputes the whole hash chain page by page and names the first row
 * that was altered, removed or inserted out of order.
 */
import { authorize } from '../../domain/auth/actor.ts';
import { GENESIS_HASH, verifyChainPage, type ChainVerdict } from '../../domain/audit/chain.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';

const PAGE_SIZE = 5000;

export async function verifyAuditChain(deps: ServiceDeps, ctx: CallContext): Promise<ChainVerdict> {
  authorize(ctx.actor, 'audit.read');
  let afterSeq = 0;
  let verdict: ChainVerdict = { ok: true, checked: 0, lastHash: GENESIS_HASH };
  for (;;) {
    const rows = await deps.store.repos.audit.page(afterSeq, PAGE_SIZE);
    if (rows.length === 0) return verdict;
    verdict = verifyChainPage(rows, verdict.lastHash, verdict.checked);
    if (!verdict.ok) return verdict;
    afterSeq = rows[rows.length - 1]!.seq;
  }
}
