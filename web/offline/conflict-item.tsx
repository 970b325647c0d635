/**
 * Opens an outbox item the server refused as based on a stale version, for the module screen
 * that resolves it (the registry's person conflict page): loads the item from the phone, says
 * so when it is gone or no longer in conflict (resolved in another tab, or synced), and gives
 * the screen the item's change and a way to mark it done once resolved.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { findConflictItem, settleConflictItem } from './conflict-outbox.ts';
import type { OutboxItem } from './outbox-state.ts';

interface Opened {
  personId: string;
  change: Record<string, unknown>;
  /** Marks the item synced with the record the resolution left on the server. */
  settle: (record: unknown) => Promise<void>;
}

export function ConflictItem({ itemId, children }: { itemId: string; children: (opened: Opened) => ComponentChildren }) {
  const [found, setFound] = useState<{ item: OutboxItem; personId: string; change: Record<string, unknown> } | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => void findConflictItem(itemId).then(setFound, setError), [itemId]);

  if (error) return <section class="card"><ErrorSummary error={error} /></section>;
  if (found === undefined) return <section class="card"><p class="loading">{t('app.loading')}</p></section>;
  if (found === null) return <section class="card"><p>{t('conflict.itemGone')}</p></section>;
  return <>{children({ personId: found.personId, change: found.change, settle: (record) => settleConflictItem(found.item, record) })}</>;
}
