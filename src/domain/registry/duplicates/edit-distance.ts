/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and transpositions of two adjacent letters each cost one. This is the error
 * model of hand-typed names ("Qusipe" for "Quispe" is one edit, not two). Written here so the
 * domain needs no dependency; names are short, so the quadratic table is cheap.
 */

/**
 * Edit distance between two strings; stops early and returns `limit + 1` as soon as the
 * distance is known to exceed `limit`.
 * @example osaDistance("quispe", "qusipe") === 1
 */
export function osaDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
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
