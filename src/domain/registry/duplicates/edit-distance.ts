/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and transpositions of two adjacent letters each cost one. This is the error
 * model of hand-typed names ("Qusipe" for "Quispe" is one edit, not two). Written here so the
 * domain needs no dependency. A full pass compares millions of name pairs, so the common
 * "at most one edit?" question has an allocation-free linear path, and the table reuses buffers.
 */

let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Edit distance between two strings; returns `limit + 1` as soon as the distance is known to
 * exceed `limit`.
 * @example osaDistance("quispe", "qusipe") === 1
 */
export function osaDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (limit <= 1) return limit === 1 && isOneEdit(a, b) ? 1 : limit + 1;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length * 2));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    // Every alignment path crosses this row (a transposition skips a row, but only from a cell no cheaper than this row's minimum).
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[b.length]!;
  return distance > limit ? limit + 1 : distance;
}

/** Whether two different strings are exactly one substitution, insertion, deletion or adjacent swap apart. */
function isOneEdit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  if (short.length !== long.length) return long.length - short.length === 1 && sameFrom(short, i, long, i + 1);
  if (sameFrom(short, i + 1, long, i + 1)) return true;
  return i + 1 < short.length && short[i] === long[i + 1] && short[i + 1] === long[i] && sameFrom(short, i + 2, long, i + 2);
}

function sameFrom(a: string, i: number, b: string, j: number): boolean {
  if (a.length - i !== b.length - j) return false;
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/**
 * How many edits a word of this length may carry and still count as the same word typed
 * badly: none below three letters, one from three letters on, two from eight. Short given names
 * one edit apart ("Ana" / "Ada") then count as a typo; the birth date and DNI still tell two
 * sisters apart, and a missed typo would cost more than that.
 */
export function allowedEdits(length: number): number {
  if (length < 3) return 0;
  return length >= 8 ? 2 : 1;
}

/** Whether two folded words are within the typo allowance of the shorter one. */
export function isTypo(a: string, b: string): boolean {
  const allowance = allowedEdits(Math.min(a.length, b.length));
  return allowance > 0 && osaDistance(a, b, allowance) <= allowance;
}
