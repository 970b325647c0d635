/**
 * Blocking keys: equi-join keys stored in person_match_keys(person_id, key) so candidate pairs
 * come from an indexed join instead of comparing everyone with everyone. A pair is a candidate
 * when it shares at least one key (or is a pg_trgm neighbour on fullNameKey, done in SQL).
 *
 * Each kind survives a different family of errors, so a true duplicate with any one injected
 * error still shares a key (see README.md for the table):
 *   dni:<8 digits> / ce:<id>        same document
 *   ps:<paternal>|<year>|<sex>      survives given-name errors, missing maternal, wrong day/month
 *   ph:<phon>|<phon>|<year>         surnames in either order, phonetically: swaps, accents, ñ, Huamán/Guamán
 *   gd:<phon given word>|<date>     one per given name, date with day/month sorted: surname errors,
 *                                   compound given names shortened, day/month transposed
 *   nm:<phon given word>|<phon>|<phon>  name only, for records without a birth date
 * Sex in `ps` halves the biggest blocks (Quispe women born in 1980); the other kinds are
 * selective through the full date or the whole name.
 */
import { nameTokens, surnameCore } from './normalise.ts';
import { canonicalIdNumber, birthParts, dayMonthFreeDate, type MatchablePerson } from './person.ts';
import { phoneticKey } from './phonetic.ts';

/**
 * The equi-join keys of a person, without repeats.
 * @example blockingKeys(rosa) // ['dni:40123456', 'ps:quispe|1984|f', 'ph:KSP|MMN|1984', 'gd:RS|1984|3|12', 'nm:RS|KSP|MMN']
 */
export function blockingKeys(p: MatchablePerson): string[] {
  const keys: string[] = [];
  const idNumber = canonicalIdNumber(p);
  if (idNumber !== null) keys.push(`${p.idType}:${idNumber}`);
  const year = birthParts(p.birthDate)?.year ?? null;
  const date = dayMonthFreeDate(p.birthDate);
  const paternal = surnameCore(p.paternalSurname);
  const surnameCodes = [phoneticKey(p.paternalSurname), phoneticKey(p.maternalSurname)].filter((c) => c !== '').sort();
  const givenCodes = [...new Set(nameTokens(p.givenNames).map(phoneticKey))].filter((c) => c !== '');
  if (paternal !== '' && year !== null) keys.push(`ps:${paternal}|${year}|${p.sex === 'female' ? 'f' : 'm'}`);
  if (surnameCodes.length === 2 && year !== null) keys.push(`ph:${surnameCodes.join('|')}|${year}`);
  if (date !== null) for (const code of givenCodes) keys.push(`gd:${code}|${date}`);
  if (surnameCodes.length === 2) for (const code of givenCodes) keys.push(`nm:${code}|${surnameCodes.join('|')}`);
  return keys;
}
