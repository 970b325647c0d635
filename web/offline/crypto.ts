/**
 * Encryption at rest for a shared phone, with the browser's own WebCrypto (no library): a key
 * derived from the user's PIN (PBKDF2-SHA-256 with a random per-user salt) wraps her random data
 * key (AES-KW, whose integrity check tells a wrong PIN apart), and the data key seals each
 * personal record (AES-GCM, a fresh random 96-bit IV per record, the record's store and id as
 * additional data so a sealed body cannot be moved onto another record). The PIN itself is
 * never stored; the data key is never stored unwrapped and, once unwrapped, cannot be exported.
 * Pure over WebCrypto, so it runs the same in the browser and in node's unit tests.
 */

/**
 * PBKDF2 iterations for new PINs: OWASP's 2021 figure for PBKDF2-HMAC-SHA-256. About 0.25 s on a
 * server core and, by the same ratio, well under a second on a cheap Android phone (WebCrypto
 * runs it natively); each user's record keeps its own count so it can be raised later.
 */
export const PBKDF2_ITERATIONS = 310_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

/** A record's personal part as stored: the IV and the AES-GCM ciphertext (with its tag). */
export interface Sealed {
  iv: Uint8Array;
  data: ArrayBuffer;
}

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();

export const randomSalt = (): Uint8Array => globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));

/** The key-wrapping key of a PIN: slow on purpose (each guess costs `iterations` hashes). */
export async function deriveWrappingKey(pin: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', encoder.encode(pin), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    base,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** A new random data key, returned wrapped (to store) and usable (to keep in memory, not exportable). */
export async function newDataKey(wrappingKey: CryptoKey): Promise<{ wrapped: ArrayBuffer; key: CryptoKey }> {
  const fresh = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const wrapped = await subtle().wrapKey('raw', fresh, wrappingKey, 'AES-KW');
  return { wrapped, key: await unwrapDataKey(wrapped, wrappingKey) };
}

/** The data key back from its wrapped form; rejects when the wrapping key (the PIN) is wrong. */
export function unwrapDataKey(wrapped: ArrayBuffer, wrappingKey: CryptoKey): Promise<CryptoKey> {
  return subtle().unwrapKey('raw', wrapped, wrappingKey, 'AES-KW', { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Whether `pin` opens `wrapped` (false for a wrong PIN, never a throw). */
export async function openDataKey(pin: string, lock: { salt: Uint8Array; iterations: number; wrapped_key: ArrayBuffer }): Promise<CryptoKey | null> {
  const wrappingKey = await deriveWrappingKey(pin, lock.salt, lock.iterations);
  return unwrapDataKey(lock.wrapped_key, wrappingKey).catch(() => null);
}

/** Seals a JSON value under `key`, bound to `context` (e.g. `outbox|<id>`). */
export async function sealJson(key: CryptoKey, context: string, value: unknown): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await subtle().encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: encoder.encode(context) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/** Opens what sealJson sealed; rejects for another key, another context or altered bytes. */
export async function openJson<T>(key: CryptoKey, context: string, sealed: Sealed): Promise<T> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: sealed.iv as BufferSource, additionalData: encoder.encode(context) },
    key,
    sealed.data,
  );
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}
