/**
 * Comparisons of the fields other than names: identity document, birth date, sex, district and
 * phone. A field missing on either side is no evidence either way (weight 0). Each comparison
 * returns its Fellegi–Sunter weight and the reason codes a reviewer sees.
 */
import type { FieldComparison } from './compare-names.ts';
import { osaDistance } from './edit-distance.ts';
import type { PersonFeatures } from './features.ts';
import type { BirthParts } from './person.ts';
import { WEIGHTS } from './weights.ts';

export type IdRelation = 'same' | 'near' | 'differ' | 'unknown';
const NOTHING: FieldComparison = { weight: 0, reasons: [] };

/**
 * Same document type and number: strong evidence for. One digit off or two digits swapped: a
 * likely typo, but RENIEC numbers siblings registered together consecutively, so it counts for
 * nothing either way. Otherwise: strong evidence against.
 */
export function compareIds(a: PersonFeatures, b: PersonFeatures): FieldComparison & { relation: IdRelation } {
  const [left, right] = [a.idNumber, b.idNumber];
  if (left === null || right === null || a.idType !== b.idType) return { ...NOTHING, relation: 'unknown' };
  const kind = a.idType;
  if (left === right) return { weight: WEIGHTS.id.same, reasons: [`same_${kind}`], relation: 'same' };
  if (osaDistance(left, right, 1) <= 1) return { weight: WEIGHTS.id.near, reasons: [`${kind}_typo`], relation: 'near' };
  return { weight: WEIGHTS.id.differ, reasons: [`different_${kind}`], relation: 'differ' };
}

export function compareBirthDates(a: PersonFeatures, b: PersonFeatures): FieldComparison {
  const [left, right] = [a.birth, b.birth];
  if (left === null || right === null) return NOTHING;
  const w = WEIGHTS.birthDate;
  if (a.birthDigits === b.birthDigits) return { weight: w.exact, reasons: ['birth_date_equal'] };
  if (left.year === right.year && left.month === right.day && left.day === right.month) {
    return { weight: w.dayMonthSwapped, reasons: ['birth_day_month_swapped'] };
  }
  if (osaDistance(a.birthDigits, b.birthDigits, 1) <= 1) return { weight: w.typo, reasons: ['birth_date_typo'] };
  if (left.year !== right.year) return { weight: w.differ, reasons: ['birth_date_differs'] };
  // 1 January is what clerks type when only the year is known.
  const isPlaceholder = (p: BirthParts) => p.month === 1 && p.day === 1;
  if (isPlaceholder(left) || isPlaceholder(right)) return { weight: w.yearOnly, reasons: ['birth_year_only'] };
  return { weight: w.sameYear, reasons: ['birth_date_differs'] };
}

export function compareSex(a: PersonFeatures, b: PersonFeatures): FieldComparison {
  return a.sex === b.sex ? { weight: WEIGHTS.sex.same, reasons: [] } : { weight: WEIGHTS.sex.differ, reasons: ['sex_differs'] };
}

export function compareDistricts(a: PersonFeatures, b: PersonFeatures): FieldComparison {
  if (a.district === null || b.district === null) return NOTHING;
  if (a.district === b.district) return { weight: WEIGHTS.district.same, reasons: ['same_district'] };
  if (a.district.slice(0, 4) === b.district.slice(0, 4)) return { weight: WEIGHTS.district.sameProvince, reasons: [] };
  return { weight: WEIGHTS.district.differ, reasons: ['district_differs'] };
}

/** A shared phone is good evidence but not proof: households share one mobile. */
export function comparePhones(a: PersonFeatures, b: PersonFeatures): FieldComparison {
  const [left, right] = [a.phone, b.phone];
  if (left === null || right === null) return NOTHING;
  return left === right ? { weight: WEIGHTS.phone.same, reasons: ['same_phone'] } : { weight: WEIGHTS.phone.differ, reasons: ['phone_differs'] };
}
