/** The key ring: requests wait for the owner's PIN, another user's requests are refused, locking drops the key. */
import { afterEach, describe, expect, it } from 'vitest';
import { dataKeyFor, LockedError, lockKeys, onKeyNeeded, provideKey, refuseWaiting, unlockedOwner } from './key-ring.ts';

const keyOf = () => globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']) as Promise<CryptoKey>;

afterEach(lockKeys);

describe('key ring', () => {
  it('makes a request wait until the owner unlocks, telling the app whose PIN is needed', async () => {
    const asked: (string | null)[] = [];
    const stop = onKeyNeeded((owner) => asked.push(owner));
    const pending = dataKeyFor('ana');
    const key = await keyOf();
    provideKey('ana', key);
    expect(await pending).toBe(key);
    expect(await dataKeyFor('ana')).toBe(key);
    expect(asked).toEqual(['ana', null]);
    stop();
  });

  it('never hands one user\'s key to another', async () => {
    provideKey('ana', await keyOf());
    const forBea = dataKeyFor('bea');
    refuseWaiting('bea');
    await expect(forBea).rejects.toBeInstanceOf(LockedError);
    expect(unlockedOwner()).toBe('ana');
  });

  it('drops the key and refuses what waited when locked', async () => {
    provideKey('ana', await keyOf());
    lockKeys();
    expect(unlockedOwner()).toBeNull();
    const again = dataKeyFor('ana');
    lockKeys();
    await expect(again).rejects.toBeInstanceOf(LockedError);
  });
});
