/**
 * Fellegi–Sunter agreement weights. For each field and level of agreement, m is the chance of
 * that level when the two records are the same person, u the chance when they are two people
 * drawn from the same region; the weight is log2(m / u), and a pair's score is the sum over
 * fields (a field missing on either side adds 0). The m/u values are judgement calls from the
 * error rates of hand-typed Andean registries, written down here so they can be argued with;
 * README.md explains each one. Thresholds were set on a tuning seed and checked on another.
 */

/** [m, u] per agreement level. */
const M_U = {
  id: { same: [0.97, 0.0001], near: [0.015, 0.015], differ: [0.001, 0.999] },
  given: {
    exact: [0.8, 0.03], exactCommon: [0.8, 0.08], reordered: [0.02, 0.001], typo: [0.08, 0.01],
    compound: [0.06, 0.02], partial: [0.01, 0.08], differ: [0.01, 0.88],
  },
  paternal: { exact: [0.92, 0.03], exactCommon: [0.92, 0.08], typo: [0.05, 0.005], differ: [0.03, 0.965] },
  maternal: { exact: [0.85, 0.03], exactCommon: [0.85, 0.08], typo: [0.05, 0.005], missing: [0.07, 0.07], differ: [0.03, 0.9] },
  /** Surnames in the other order (both agree crosswise), or a lone surname equal to the other's maternal. */
  surnameOrder: { swapped: [0.03, 0.001], loneIsMaternal: [0.02, 0.002] },
  birthDate: {
    exact: [0.9, 0.0005], dayMonthSwapped: [0.02, 0.0002], typo: [0.04, 0.002], yearOnly: [0.02, 0.005],
    sameYear: [0.005, 0.025], differ: [0.01, 0.97],
  },
  sex: { same: [0.99, 0.5], differ: [0.01, 0.5] },
  district: { same: [0.8, 0.15], sameProvince: [0.08, 0.15], differ: [0.12, 0.7] },
  phone: { same: [0.4, 0.05], differ: [0.3, 0.6] },
} as const;

type Table = typeof M_U;
export type Weights = { [F in keyof Table]: { [L in keyof Table[F]]: number } };

function toWeights(table: Table): Weights {
  const weights: Record<string, Record<string, number>> = {};
  for (const [field, levels] of Object.entries(table)) {
    weights[field] = {};
    for (const [level, [m, u]] of Object.entries(levels as Record<string, readonly [number, number]>)) {
      weights[field]![level] = Math.round(Math.log2(m / u) * 10) / 10;
    }
  }
  return weights as Weights;
}

/**
 * Names so frequent in the southern Andes that agreeing on them is weaker evidence: their u is
 * their share of the population (~8 %, Winkler's frequency-based weights) instead of 3 %.
 */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(['quispe', 'mamani', 'condori', 'huaman', 'flores', 'apaza', 'choque', 'ccama', 'ticona', 'huanca', 'cruz', 'ramos', 'rojas']);
export const COMMON_GIVEN_NAMES: ReadonlySet<string> = new Set(['maria', 'rosa', 'juana', 'carmen', 'luz', 'ana', 'juan', 'jose', 'luis', 'pedro']);

/** log2(m/u) per field and level, rounded to a tenth. */
export const WEIGHTS: Weights = toWeights(M_U);

/**
 * Score at or above `match`: almost surely the same person (shown first in the review queue,
 * offered for merge). At or above `possible`: a likely duplicate for a person to look at.
 * Below: distinct. `possible` sits about two bits above where precision and recall cross on
 * the labelled sets, because the weights assume independent fields and siblings share several
 * (surnames, district, household phone); `match` is the lowest score an exact copy with a birth
 * date can reach (common names, no maternal surname: 18.6).
 */
export const MATCH_THRESHOLDS = { match: 18, possible: 14 } as const;
