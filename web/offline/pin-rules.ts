/**
 * What a PIN may be, and how long a phone makes someone wait after wrong ones. Pure, so the
 * lock screen and the unit tests agree. A PIN is 4 to 8 digits (a number pad, no keyboard to
 * learn); the PINs people guess first (one digit repeated, a straight run up or down, a short
 * block repeated, a keypad column) are refused with a clear reason. After five wrong tries the
 * phone makes the user wait 30 s, doubling with each further wrong try (capped at a day), and
 * the count survives a reload. This slows someone guessing on the screen; it cannot slow
 * someone who copies the phone's storage (see docs/offline.md, "Shared phones").
 */

export type PinProblem = 'pin.required' | 'pin.notDigits' | 'pin.length' | 'pin.tooEasy' | 'pin.mismatch';

export const PIN_MIN = 4;
export const PIN_MAX = 8;
export const FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 24 * 3600_000;

/** PINs people choose most that the rules below do not already catch. */
const COMMON = new Set(['2580', '0852', '1004', '2000', '6969', '1122', '1313', '2468', '1357', '5683', '0007']);

const isRun = (pin: string, step: number) => [...pin].every((d, i) => i === 0 || Number(d) === (Number(pin[i - 1]) + step + 10) % 10);

/** A pattern repeated: one digit (0000), a pair (1212), a triple (123123), a half (12341234). */
function isRepeatedBlock(pin: string): boolean {
  for (let size = 1; size <= pin.length / 2; size++) {
    if (pin.length % size === 0 && pin.slice(0, size).repeat(pin.length / size) === pin) return true;
  }
  return false;
}

/** Whether `pin` is one of the first PINs anyone would try. */
export function isTrivialPin(pin: string): boolean {
  return isRepeatedBlock(pin) || isRun(pin, 1) || isRun(pin, -1) || COMMON.has(pin);
}

/** The problem with a new PIN and its repetition, or null when it may be used. */
export function checkNewPin(pin: string, repeated: string): PinProblem | null {
  if (pin === '') return 'pin.required';
  if (!/^\d+$/.test(pin)) return 'pin.notDigits';
  if (pin.length < PIN_MIN || pin.length > PIN_MAX) return 'pin.length';
  if (isTrivialPin(pin)) return 'pin.tooEasy';
  if (pin !== repeated) return 'pin.mismatch';
  return null;
}

/** How long to wait after `failedTries` wrong PINs in a row (0 while tries are free). */
export function waitAfter(failedTries: number): number {
  if (failedTries < FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failedTries - FREE_TRIES), MAX_WAIT_MS);
}

/** Milliseconds left before another try is allowed (0 = try now). */
export function waitLeft(lock: { failed_tries: number; last_failed_at?: string }, now: Date): number {
  if (!lock.last_failed_at) return 0;
  const until = Date.parse(lock.last_failed_at) + waitAfter(lock.failed_tries);
  return Math.max(0, until - now.getTime());
}
