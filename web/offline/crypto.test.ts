/**
 * Encryption at rest with node's WebCrypto (the same API the phone's browser has): the right PIN
 * opens the data key, a wrong one does not; sealed records open only with their own key and
 * their own record name; two users' keys cannot read each other's records; the stored form
 * carries none of the plain text. Iterations are lowered here only to keep the test quick.
 */
import { describe, expect, it } from 'vitest';
import { deriveWrappingKey, newDataKey, openDataKey, openJson, PBKDF2_ITERATIONS, randomSalt, sealJson } from './crypto.ts';
import { openOutboxItem, outboxMeta, sealOutboxItem } from './crypto-records.ts';
import { queuedItem } from './outbox-state.ts';

const FAST = 1_000;

async function lockFor(pin: string) {
  const salt = randomSalt();
  const { wrapped, key } = await newDataKey(await deriveWrappingKey(pin, salt, FAST));
  return { key, lock: { salt, iterations: FAST, wrapped_key: wrapped } };
}

const bytes = (buffer: ArrayBuffer) => new TextDecoder('latin1').decode(buffer);

describe('PIN lock', () => {
  it('derives with at least 310,000 iterations for real PINs', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
  });

  it('opens the data key with the right PIN and refuses a wrong one', async () => {
    const { key, lock } = await lockFor('482915');
    const sealed = await sealJson(key, 'outbox|1', { name: 'Rosa' });
    const reopened = await openDataKey('482915', lock);
    expect(reopened).not.toBeNull();
    expect(await openJson(reopened!, 'outbox|1', sealed)).toEqual({ name: 'Rosa' });
    expect(await openDataKey('482916', lock)).toBeNull();
  });

  it('gives the same PIN a different salt and data key for each user', async () => {
    const a = await lockFor('482915');
    const b = await lockFor('482915');
    expect(a.lock.salt).not.toEqual(b.lock.salt);
    const sealed = await sealJson(a.key, 'outbox|1', { name: 'Rosa' });
    await expect(openJson(b.key, 'outbox|1', sealed)).rejects.toThrow();
  });

  it('keeps the unlocked data key from being exported', async () => {
    const { key } = await lockFor('482915');
    expect(key.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });
});

describe('sealed records', () => {
  it('uses a fresh 96-bit IV for every record, even for the same value', async () => {
    const { key } = await lockFor('482915');
    const one = await sealJson(key, 'x', 'same');
    const two = await sealJson(key, 'x', 'same');
    expect(one.iv).toHaveLength(12);
    expect(one.iv).not.toEqual(two.iv);
    expect(bytes(one.data)).not.toEqual(bytes(two.data));
  });

  it('refuses a sealed part moved to another record or altered', async () => {
    const { key } = await lockFor('482915');
    const sealed = await sealJson(key, 'outbox|1', { amount: 50 });
    await expect(openJson(key, 'outbox|2', sealed)).rejects.toThrow();
    const altered = new Uint8Array(sealed.data.slice(0));
    altered[0]! ^= 1;
    await expect(openJson(key, 'outbox|1', { iv: sealed.iv, data: altered.buffer })).rejects.toThrow();
  });

  it('stores an outbox item with its states in clear and its request sealed', async () => {
    const { key } = await lockFor('482915');
    const item = queuedItem({ id: '0190', kind: 'savings.meeting', owner: 'u1', method: 'POST', url: '/api/savings/meetings', body: { name: 'Eva Mamani', loan: 5_000 } }, new Date('2026-03-02T14:00:00Z'));
    const stored = await sealOutboxItem(key, item);
    expect(Object.keys(stored).sort()).toEqual(['attempts', 'created_at', 'id', 'kind', 'owner', 'sealed', 'state', 'updated_at']);
    expect(outboxMeta(stored)).toEqual({ id: '0190', kind: 'savings.meeting', owner: 'u1', state: 'waiting', attempts: 0, created_at: item.created_at, updated_at: item.updated_at });
    const raw = JSON.stringify(stored) + bytes(stored.sealed.data);
    expect(raw).not.toContain('Eva');
    expect(raw).not.toContain('5000');
    expect(raw).not.toContain('/api/savings');
    expect(await openOutboxItem(key, stored)).toEqual(item);
  });

  it('still reads a version-1 item stored in clear', async () => {
    const { key } = await lockFor('482915');
    const item = queuedItem({ id: '0191', kind: 'k', owner: 'u1', method: 'POST', url: '/x', body: 1 }, new Date());
    expect(await openOutboxItem(key, item)).toEqual(item);
  });
});
