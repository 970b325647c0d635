/**
 * The users of this phone and their PIN locks (store `device_users`): who has data here, the
 * salt and iteration count her PIN key is derived with, her data key wrapped by it, and her
 * wrong tries in a row. Setting a PIN makes her random data key; unlocking derives the PIN key
 * and unwraps it (a wrong PIN fails AES-KW's check and counts as a wrong try). The unlocked key
 * goes to the key ring, never to storage. Her name and role stay readable so the lock screen
 * can greet her; everything else she keeps here is sealed (crypto-records.ts).
 */
import type { SessionUser } from '../api/types.ts';
import { deriveWrappingKey, newDataKey, openDataKey, PBKDF2_ITERATIONS, randomSalt } from './crypto.ts';
import { DEVICE_USERS_STORE, idbAdd, idbGet, idbPut, idbWipeOwner } from './idb.ts';
import { lockKeys, provideKey, unlockedOwner } from './key-ring.ts';
import { listOutboxStates } from './outbox.ts';
import { FREE_TRIES, waitAfter, waitLeft } from './pin-rules.ts';

export interface DeviceUser {
  user_id: string;
  user: SessionUser;
  salt: Uint8Array;
  iterations: number;
  wrapped_key: ArrayBuffer;
  failed_tries: number;
  last_failed_at?: string;
  created_at: string;
}

export type UnlockResult =
  | { isUnlocked: true }
  | { isUnlocked: false; reason: 'wrong'; triesLeft: number; waitMs: number }
  | { isUnlocked: false; reason: 'wait'; waitMs: number }
  | { isUnlocked: false; reason: 'no_pin' };

export const findDeviceUser = (userId: string) => idbGet<DeviceUser>(DEVICE_USERS_STORE, userId);

/**
 * Gives `user` a PIN on this phone: a new data key wrapped by the PIN's key, and unlocks it.
 * Resolves false when she already has one (set in another tab meanwhile): nothing is replaced.
 */
export async function setUpPin(user: SessionUser, pin: string, now: Date = new Date()): Promise<boolean> {
  const salt = randomSalt();
  const { wrapped, key } = await newDataKey(await deriveWrappingKey(pin, salt, PBKDF2_ITERATIONS));
  const record: DeviceUser = {
    user_id: user.id, user, salt, iterations: PBKDF2_ITERATIONS, wrapped_key: wrapped, failed_tries: 0, created_at: now.toISOString(),
  };
  const isAdded = await idbAdd(DEVICE_USERS_STORE, record);
  if (isAdded) provideKey(user.id, key);
  return isAdded;
}

/** Opens the user's data with `pin`, counting wrong tries and making her wait after five of them. */
export async function unlockWithPin(userId: string, pin: string, now: Date = new Date()): Promise<UnlockResult> {
  const record = await findDeviceUser(userId);
  if (!record) return { isUnlocked: false, reason: 'no_pin' };
  const waitMs = waitLeft(record, now);
  if (waitMs > 0) return { isUnlocked: false, reason: 'wait', waitMs };
  const key = await openDataKey(pin, record);
  if (!key) {
    const failed = record.failed_tries + 1;
    await idbPut(DEVICE_USERS_STORE, { ...record, failed_tries: failed, last_failed_at: now.toISOString() });
    return { isUnlocked: false, reason: 'wrong', triesLeft: Math.max(0, FREE_TRIES - failed), waitMs: waitAfter(failed) };
  }
  if (record.failed_tries > 0) {
    const { last_failed_at: _last, ...rest } = record;
    await idbPut(DEVICE_USERS_STORE, { ...rest, failed_tries: 0 });
  }
  provideKey(userId, key);
  return { isUnlocked: true };
}

/** Items of the user not on the server yet (waiting, sending or needing attention); readable while locked. */
export async function countUnsent(userId: string): Promise<number> {
  return (await listOutboxStates(userId)).filter((i) => i.state !== 'synced').length;
}

/** Whether the user keeps anything on this phone (a PIN lock or outbox items). */
export async function hasLocalData(userId: string): Promise<boolean> {
  return (await findDeviceUser(userId)) !== undefined || (await listOutboxStates(userId)).length > 0;
}

/** Deletes the user's PIN lock, outbox items and kept data from this phone, and locks. */
export async function wipeLocalData(userId: string): Promise<void> {
  if (unlockedOwner() === userId) lockKeys();
  await idbWipeOwner(userId);
}
