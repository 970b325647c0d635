/**
 * UUIDv7 made on the phone for every record created offline: the id is the record's
 * idempotency key, so an outbox item sent twice is recorded once (ARCHITECTURE.md §4).
 * Layout (RFC 9562): 48 bits of Unix time in milliseconds, version 7, 12 bits, variant 10,
 * 62 bits. Ids made in the same millisecond (or after the clock stepped back) stay in order:
 * the 74 bits after the time are the previous id's plus a random step (RFC 9562 §6.2, method 2),
 * so sorting the outbox by id sorts it by creation.
 */

/** The state kept between calls: the last time used and the 74 bits after it. */
interface Last {
  time: number;
  tail: bigint;
}

const TAIL_BITS = 74n;
const TAIL_MAX = (1n << TAIL_BITS) - 1n;
let last: Last = { time: -1, tail: 0n };

const toBigInt = (bytes: Uint8Array) => bytes.reduce((n, b) => (n << 8n) | BigInt(b), 0n);

/** The 74 random bits of a fresh id (top bit clear, leaving room to count up within the millisecond). */
function freshTail(random: (bytes: Uint8Array) => Uint8Array): bigint {
  return toBigInt(random(new Uint8Array(10))) & (TAIL_MAX >> 1n);
}

/** Formats time and tail as a UUID string with the version and variant bits set. */
export function formatUuidv7(time: number, tail: bigint): string {
  const randA = (tail >> 62n) & 0xfffn;
  const randB = tail & ((1n << 62n) - 1n);
  const hi = (BigInt(time) << 16n) | (0x7n << 12n) | randA;
  const lo = (0b10n << 62n) | randB;
  const hex = hi.toString(16).padStart(16, '0') + lo.toString(16).padStart(16, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A new UUIDv7, later in sort order than every id this page made before.
 * @example uuidv7() // '01936b2e-4c1a-7d3e-9f20-5b8c1a2d3e4f'
 */
export function uuidv7(
  now: number = Date.now(),
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  let time = Math.max(0, Math.floor(now));
  let tail: bigint;
  if (time > last.time) {
    tail = freshTail(random);
  } else {
    // Same millisecond, or the clock went back: keep the last time and count up by a random step.
    time = last.time;
    tail = last.tail + 1n + (toBigInt(random(new Uint8Array(4))) & 0xffffffn);
    if (tail > TAIL_MAX) {
      time += 1;
      tail = freshTail(random);
    }
  }
  last = { time, tail };
  return formatUuidv7(time, tail);
}

/** Milliseconds since 1970 written in a UUIDv7 (when the phone made it). */
export function timeOfUuidv7(id: string): number {
  return Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
