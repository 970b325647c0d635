/**
 * Which part of each stored record is sealed and which stays plain, in one place. An outbox
 * item keeps its id, kind, owner, state, tries and times in clear, so the phone can count and
 * list states while the data is locked (and logout can say how many items are not sent); its
 * request (method, address, body, base version) and the server's problem are sealed under the
 * owner's data key. A working-set entry keeps its key, owner and synced time; its value is
 * sealed. Version-1 records (stored in clear before PINs) are still read, and sealed again by
 * the next write. The additional data names the store and the record, so a sealed part cannot
 * be copied onto another record.
 */
import type { OutboxItem } from './outbox-state.ts';
import { openJson, sealJson, type Sealed } from './crypto.ts';

const META = ['id', 'kind', 'owner', 'state', 'attempts', 'created_at', 'updated_at', 'synced_at'] as const;

/** What anyone holding the phone can read of an outbox item. */
export type OutboxMeta = Pick<OutboxItem, (typeof META)[number]>;
type OutboxPersonal = Omit<OutboxItem, keyof OutboxMeta>;

export type SealedOutboxItem = OutboxMeta & { sealed: Sealed };
/** A record as read back: sealed, or a version-1 item in clear. */
export type StoredOutboxItem = SealedOutboxItem | OutboxItem;

export interface SealedCached {
  key: string;
  owner: string;
  synced_at: string;
  sealed: Sealed;
}

export const isSealed = (record: object): record is { sealed: Sealed } => 'sealed' in record;

export function outboxMeta(item: StoredOutboxItem): OutboxMeta {
  const meta: Record<string, unknown> = {};
  for (const field of META) if (item[field] !== undefined) meta[field] = item[field];
  return meta as OutboxMeta;
}

export async function sealOutboxItem(key: CryptoKey, item: OutboxItem): Promise<SealedOutboxItem> {
  const personal: Record<string, unknown> = { ...item };
  for (const field of META) delete personal[field];
  return { ...outboxMeta(item), sealed: await sealJson(key, `outbox|${item.id}`, personal) };
}

export async function openOutboxItem(key: CryptoKey, stored: StoredOutboxItem): Promise<OutboxItem> {
  if (!isSealed(stored)) return stored;
  const personal = await openJson<OutboxPersonal>(key, `outbox|${stored.id}`, stored.sealed);
  return { ...personal, ...outboxMeta(stored) };
}

export async function sealCached(key: CryptoKey, entry: { key: string; owner: string; synced_at: string; value: unknown }): Promise<SealedCached> {
  return { key: entry.key, owner: entry.owner, synced_at: entry.synced_at, sealed: await sealJson(key, `working_set|${entry.key}`, entry.value) };
}

export const openCachedValue = <T>(key: CryptoKey, stored: SealedCached): Promise<T> => openJson<T>(key, `working_set|${stored.key}`, stored.sealed);
