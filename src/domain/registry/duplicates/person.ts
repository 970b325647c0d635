/**
 * The shape duplicate detection works on: the few fields of a person that say who she is,
 * decoupled from the database row so the rules stay pure and can be fed from a create, an edit,
 * an import file or a bulk pass alike. Birth dates are ISO strings (YYYY-MM-DD) or null.
 */
export interface MatchablePerson {
  readonly id: string;
  readonly givenNames: string;
  readonly paternalSurname: string;
  readonly maternalSurname: string;
  readonly sex: 'female' | 'male';
  /** YYYY-MM-DD, or null when unknown. */
  readonly birthDate: string | null;
  readonly idType: 'dni' | 'ce' | 'none';
  readonly idNumber: string | null;
  /** 6-digit UBIGEO district code. */
  readonly district: string | null;
  readonly phone: string | null;
}

export interface BirthParts {
  year: number;
  month: number;
  day: number;
}

/** Year, month and day of an ISO date, or null when absent or malformed. */
export function birthParts(date: string | null): BirthParts | null {
  const found = date === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!found) return null;
  return { year: Number(found[1]), month: Number(found[2]), day: Number(found[3]) };
}

/**
 * The date with month and day in ascending order, so that a record with day and month
 * transposed ("1984-03-12" vs "1984-12-03") yields the same value: "1984|3|12".
 */
export function dayMonthFreeDate(date: string | null): string | null {
  const parts = birthParts(date);
  if (!parts) return null;
  const low = Math.min(parts.month, parts.day);
  const high = Math.max(parts.month, parts.day);
  return `${parts.year}|${low}|${high}`;
}

/** The identity document number in canonical form: DNI digits only, CE upper-case alphanumerics. */
export function canonicalIdNumber(p: Pick<MatchablePerson, 'idType' | 'idNumber'>): string | null {
  if (p.idType === 'none' || p.idNumber === null) return null;
  const cleaned = p.idType === 'dni' ? p.idNumber.replace(/\D/g, '') : p.idNumber.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (p.idType === 'dni' && cleaned.length !== 8) return null;
  return cleaned === '' ? null : cleaned;
}

/** The last nine digits of a phone (a Peruvian mobile without +51), or null. */
export function canonicalPhone(phone: string | null): string | null {
  const digits = phone?.replace(/\D/g, '') ?? '';
  return digits.length >= 6 ? digits.slice(-9) : null;
}
