/**
 * `pallay audit verify`: recomputes the whole hash chain page by page and names the first row
 * that was altered, removed or inserted out of order. Rows whose payload a cancellation erased
 * (ARCO) still verify by their payload hash, and each must be named by its cancellation row.
 */
import { authorize } from '../../domain/auth/actor.ts';
import { GENESIS_HASH, verifyChainPage, type ChainVerdict } from '../../domain/audit/chain.ts';
import type { CallContext, ServiceDeps } from '../deps.ts';
import { newRedactionTally, tallyRedactions } from './redactions.ts';

const PAGE_SIZE = 5000;

export async function verifyAuditChain(deps: ServiceDeps, ctx: CallContext): Promise<ChainVerdict> {
  authorize(ctx.actor, 'audit.read');
  let afterSeq = 0;
  let verdict: ChainVerdict = { ok: true, checked: 0, lastHash: GENESIS_HASH };
  const tally = newRedactionTally();
  for (;;) {
    const rows = await deps.store.repos.audit.page(afterSeq, PAGE_SIZE);
    if (rows.length === 0) break;
    verdict = verifyChainPage(rows, verdict.lastHash, verdict.checked);
    if (!verdict.ok) return verdict;
    tallyRedactions(tally, rows);
    afterSeq = rows[rows.length - 1]!.seq;
  }
  const [stray] = [...tally.unannounced].sort((a, b) => a - b);
  if (stray !== undefined) {
    return { ok: false, checked: verdict.checked, brokenSeq: stray, reason: 'its payload was erased but no cancellation names it' };
  }
  return verdict;
}
