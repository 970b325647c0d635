/**
 * A redacted audit row must be named by a later cancellation row (action 'cancel' on a person,
 * `after.redacted_audit_seqs`), or `pallay audit verify` fails: so someone with write access to
 * the database cannot quietly blank a row's payload and call it a redaction. Cancellation rows
 * themselves hold no personal data and are never redacted.
 */
import type { ChainRow } from '../../domain/audit/chain.ts';

export interface RedactionTally {
  /** Redacted rows not (yet) named by a cancellation row, in seq order. */
  unannounced: Set<number>;
  announced: Set<number>;
  redacted: number;
}

export function newRedactionTally(): RedactionTally {
  return { unannounced: new Set(), announced: new Set(), redacted: 0 };
}

export function tallyRedactions(tally: RedactionTally, rows: readonly ChainRow[]): void {
  for (const row of rows) {
    if (row.redactedAt) {
      tally.redacted++;
      if (!tally.announced.has(row.seq)) tally.unannounced.add(row.seq);
    }
    if (row.action === 'cancel' && row.entity === 'person') {
      for (const seq of announcedSeqs(row.after)) {
        tally.announced.add(seq);
        tally.unannounced.delete(seq);
      }
    }
  }
}

function announcedSeqs(after: unknown): number[] {
  if (!after || typeof after !== 'object') return [];
  const seqs = (after as { redacted_audit_seqs?: unknown }).redacted_audit_seqs;
  return Array.isArray(seqs) ? seqs.filter((s): s is number => typeof s === 'number') : [];
}
