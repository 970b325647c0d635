/**
 * Small-cell suppression with complementary suppression, so that a hidden figure about a handful
 * of women cannot be read off the table by subtraction.
 *
 * Primary: a group with fewer than k respondents in its denominator (n < k) is hidden.
 * Complementary: group counts n stay visible and the total of a line is public (the report
 * without `--by`, or another table), so a line (see disaggregation.ts) with exactly one hidden
 * group that has respondents would give that group away as total − visible groups, and hidden
 * groups that are all small can be pinned by their sum (two groups of 4 whose numerators add up
 * to 8 both answered yes). In such a line the visible group with the smallest n (the first, on a
 * tie) is hidden too; this repeats until no line is exposed, since hiding a cell can expose
 * another line of a cross. Groups with n = 0 hide nothing (their numerator is 0) and are not counted. If a line
 * has no other group with respondents, its hidden group equals the line total, which is itself
 * under k and suppressed wherever it is published.
 */

/**
 * Which groups to hide, given their denominators `n`, the suppression threshold k and the lines.
 * @example suppressedGroups([3, 40, 12], 5, [[0, 1, 2]]) // [true, false, true]
 */
export function suppressedGroups(n: ArrayLike<number>, k: number, lines: readonly (readonly number[])[]): boolean[] {
  const hidden = Array.from({ length: n.length }, (_, g) => n[g]! < k);
  let isChanged = true;
  while (isChanged) {
    isChanged = false;
    for (const line of lines) {
      let hiddenWithRespondents = 0;
      let hiddenAtLeastK = 0;
      let smallestVisible = -1;
      for (const group of line) {
        if (n[group]! <= 0) continue;
        if (hidden[group]) {
          hiddenWithRespondents++;
          if (n[group]! >= k) hiddenAtLeastK++;
        } else if (smallestVisible < 0 || n[group]! < n[smallestVisible]!) smallestVisible = group;
      }
      const exposed = hiddenWithRespondents === 1 || (hiddenWithRespondents > 1 && hiddenAtLeastK === 0);
      if (exposed && smallestVisible >= 0) {
        hidden[smallestVisible] = true;
        isChanged = true;
      }
    }
  }
  return hidden;
}

/**
 * True when no line beside a visible group leaves exactly one hidden group with respondents, nor
 * only small hidden groups (the invariant the tests check).
 */
export function isSafelySuppressed(n: ArrayLike<number>, hidden: readonly boolean[], lines: readonly (readonly number[])[], k: number): boolean {
  return lines.every((line) => {
    const withRespondents = line.filter((g) => n[g]! > 0);
    const hiddenGroups = withRespondents.filter((g) => hidden[g]);
    if (hiddenGroups.length === 0 || hiddenGroups.length === withRespondents.length) return true;
    return hiddenGroups.length > 1 && hiddenGroups.some((g) => n[g]! >= k);
  });
}
