/**
 * UUIDv7 made in the browser, so a person registered on a bad connection can be sent again with
 * the same id and the server registers her only once. Layout (RFC 9562): 48 bits of Unix time in
 * milliseconds, version 7, 12 random bits, variant 10, 62 random bits. Sorting by id sorts by
 * creation time, which keeps the server's indexes compact.
 */

/** A new UUIDv7; `now` and `random` are injectable for tests. */
export function uuidv7(
  now: number = Date.now(),
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  const bytes = random(new Uint8Array(16));
  let time = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
