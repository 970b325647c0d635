/**
 * A person's record corrected with no signal, and the conflict it may meet when it syncs. Only
 * the user who registered her (`registered_by`) may queue a correction offline: records are
 * assigned to the promoter who registered them, so two phones do not edit the same woman in the
 * field (docs/offline.md, "Conflicts"); anyone else corrects her online, where a conflict is
 * answered at once. A queued correction carries only the fields changed and the version it was
 * based on; if the server refuses it as stale, the item needs attention and the conflict screen
 * resolves it, after which the item is marked synced with the record the resolution saved.
 */
import type { OutboxItem } from './outbox-state.ts';
import { afterSend } from './outbox-state.ts';
import { conflictPart } from '../i18n/conflict-part.ts';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { changeOfItem, personConflictOf } from './conflict-merge.ts';
import { findOutboxItem, queueItem, saveOutboxItem } from './outbox.ts';
import { syncOutbox } from './sync.ts';
import { uuidv7 } from './uuidv7.ts';

addCatalogPart(conflictPart);

export const PERSON_UPDATE_KIND = 'person.update';


/** Why the form will not keep a correction on the phone for this user. */
export const offlineEditRefusal = () => t('conflict.notAssigned');

/** Keeps a correction in the outbox (the changed fields and the version they are based on), tries to send it, and returns the notice to show. */
export async function queuePersonEdit(opts: { owner: string; personId: string; name: string; change: Record<string, unknown>; baseVersion: number }): Promise<string> {
  await queueItem({
    id: uuidv7(), kind: PERSON_UPDATE_KIND, owner: opts.owner, method: 'PATCH', url: `/api/people/${opts.personId}`,
    body: { ...opts.change, version: opts.baseVersion }, base_version: opts.baseVersion,
  });
  void syncOutbox();
  return t('conflict.queued', { name: opts.name });
}

/** An outbox item the server refused as stale, with the person it updates and the change it carries; null when it is not (or no longer) one. */
export async function findConflictItem(itemId: string): Promise<{ item: OutboxItem; personId: string; change: Record<string, unknown> } | null> {
  const item = await findOutboxItem(itemId).catch(() => undefined);
  const conflict = item && personConflictOf(item);
  return item && conflict ? { item, personId: conflict.personId, change: changeOfItem(item) } : null;
}

/** Marks the item done once its conflict was resolved: the record as saved (or as the server keeps it) is its answer. */
export async function settleConflictItem(item: OutboxItem, record: unknown): Promise<void> {
  await saveOutboxItem(afterSend(item, { status: 200, body: record }, new Date()));
}
