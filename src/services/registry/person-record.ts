/**
 * Turns validated input into what is stored: checks the rules that need the database (a known
 * district, a DNI not already registered to someone else) and derives the search and matching
 * keys. Shared by create, update and import so all three apply exactly the same rules.
 */
import type { PersonInput, PersonOutput } from '../../contracts/registry.ts';
import { fullNameKey, type MatchablePerson } from '../../domain/registry/duplicates/index.ts';
import { personProblems } from '../../domain/registry/person-rules.ts';
import { AppError, validationFailed } from '../../domain/errors.ts';
import type { Repos } from '../ports.ts';
import type { NewPerson } from './ports.ts';

export type PersonFields = Omit<PersonInput, 'id' | 'organisation_id'>;

export function toMatchable(p: Pick<PersonOutput, 'id' | 'given_names' | 'paternal_surname' | 'maternal_surname' | 'sex' | 'birth_date' | 'id_type' | 'id_number' | 'district' | 'phone'>): MatchablePerson {
  return {
    id: p.id, givenNames: p.given_names, paternalSurname: p.paternal_surname, maternalSurname: p.maternal_surname, sex: p.sex,
    birthDate: p.birth_date, idType: p.id_type, idNumber: p.id_number, district: p.district, phone: p.phone,
  };
}

/** Throws VALIDATION_FAILED listing every rule the fields break, or CONFLICT for a registered DNI. */
export async function checkPersonFields(repos: Repos, fields: PersonFields, opts: { today: string; selfId: string }): Promise<void> {
  const districtExists = fields.district ? await repos.places.isDistrict(fields.district) : undefined;
  const problems = personProblems(fields, { today: opts.today, districtExists });
  if (problems.length > 0) throw validationFailed(problems);
  if (fields.id_type === 'dni' && fields.id_number) {
    const holder = await repos.people.findActiveByDni(fields.id_number);
    if (holder && holder.id !== opts.selfId) {
      throw new AppError('CONFLICT', 'This DNI is already registered', { details: [{ path: 'id_number', code: 'id_number.taken', message: 'is already registered to another person' }] });
    }
  }
}

export function toNewPerson(id: string, fields: PersonFields, createdBy: string | null): NewPerson {
  const record = {
    id,
    id_type: fields.id_type,
    id_number: fields.id_type === 'none' ? null : (fields.id_number?.trim().toUpperCase() ?? null),
    id_none_reason: fields.id_type === 'none' ? (fields.id_none_reason ?? null) : null,
    given_names: fields.given_names,
    paternal_surname: fields.paternal_surname,
    maternal_surname: fields.maternal_surname ?? '',
    sex: fields.sex,
    birth_date: fields.birth_date ?? null,
    phone: fields.phone ? fields.phone.replace(/\s+/g, '') : null,
    languages: [...new Set(fields.languages ?? [])],
    district: fields.district ?? null,
    profiles: [...new Set(fields.profiles)],
    miner_position: fields.miner_position ?? null,
    head_of_household: fields.head_of_household ?? null,
    single_parent: fields.single_parent ?? null,
    dependants: fields.dependants ?? null,
    literacy: fields.literacy ?? null,
    education_level: fields.education_level ?? null,
    reinfo_code: fields.reinfo_code ?? null,
    reinfo_status: fields.reinfo_status ?? null,
    recpo_code: fields.recpo_code ?? null,
    selectors_registry_code: fields.selectors_registry_code ?? null,
    selectors_registry_region: fields.selectors_registry_region ?? null,
    ruc: fields.ruc ?? null,
    created_by: createdBy,
  };
  return { ...record, full_name_key: fullNameKey(toMatchable(record)) };
}
