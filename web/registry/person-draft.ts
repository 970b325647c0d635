/**
 * The person form's state and its translation to and from the API: every field is kept as the
 * text or list the inputs hold, empty meaning "not said", and becomes `null` on the way out so
 * an edit can also clear a field. The checks here repeat the server's commonest rules only to
 * answer at once and in the reader's language; the server still checks everything.
 */
import type {
  EducationLevel, IdType, Literacy, MinerPosition, Person, PersonInput, Profile, ReinfoStatus, Sex, SpokenLanguage,
} from '../api/types.ts';
import { t } from '../i18n/i18n.ts';
import { fromYesNo, toYesNo, type YesNo } from '../ui/choices.tsx';
import type { Choice } from '../ui/search-select.tsx';

export interface PersonDraft {
  id_type: IdType;
  id_number: string;
  id_none_reason: string;
  given_names: string;
  paternal_surname: string;
  maternal_surname: string;
  sex: Sex;
  birth_date: string;
  phone: string;
  languages: SpokenLanguage[];
  district: Choice | null;
  profiles: Profile[];
  miner_position: MinerPosition | '';
  head_of_household: YesNo;
  single_parent: YesNo;
  dependants: string;
  literacy: Literacy | '';
  education_level: EducationLevel | '';
  reinfo_code: string;
  reinfo_status: ReinfoStatus | '';
  recpo_code: string;
  selectors_registry_code: string;
  selectors_registry_region: string;
  ruc: string;
  /** Only when registering: the organisation she joins as a member. */
  organisation: Choice | null;
}

export const EMPTY_DRAFT: PersonDraft = {
  id_type: 'dni', id_number: '', id_none_reason: '', given_names: '', paternal_surname: '', maternal_surname: '',
  sex: 'female', birth_date: '', phone: '', languages: [], district: null, profiles: [], miner_position: '',
  head_of_household: '', single_parent: '', dependants: '', literacy: '', education_level: '', reinfo_code: '',
  reinfo_status: '', recpo_code: '', selectors_registry_code: '', selectors_registry_region: '', ruc: '',
  organisation: null,
};

const orEmpty = (value: string | null) => value ?? '';
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The form state for an existing record; `districtLabel` names her district code. */
export function draftOf(person: Person, districtLabel: string | null): PersonDraft {
  return {
    ...EMPTY_DRAFT,
    id_type: person.id_type, id_number: orEmpty(person.id_number), id_none_reason: orEmpty(person.id_none_reason),
    given_names: person.given_names, paternal_surname: person.paternal_surname, maternal_surname: person.maternal_surname,
    sex: person.sex, birth_date: orEmpty(person.birth_date), phone: orEmpty(person.phone), languages: person.languages,
    district: person.district ? { value: person.district, label: districtLabel ?? person.district } : null,
    profiles: person.profiles, miner_position: person.miner_position ?? '',
    head_of_household: toYesNo(person.head_of_household), single_parent: toYesNo(person.single_parent),
    dependants: person.dependants === null ? '' : String(person.dependants), literacy: person.literacy ?? '',
    education_level: person.education_level ?? '', reinfo_code: orEmpty(person.reinfo_code),
    reinfo_status: person.reinfo_status ?? '', recpo_code: orEmpty(person.recpo_code),
    selectors_registry_code: orEmpty(person.selectors_registry_code),
    selectors_registry_region: orEmpty(person.selectors_registry_region), ruc: orEmpty(person.ruc),
  };
}

export type PersonFields = Omit<PersonInput, 'id' | 'organisation_id'>;

/** The fields to send; nulls clear what the form left empty. */
export function fieldsOf(d: PersonDraft): PersonFields {
  const isMiner = d.profiles.includes('woman_miner') || d.profiles.includes('man_miner');
  return {
    id_type: d.id_type,
    id_number: d.id_type === 'none' ? null : orNull(d.id_number),
    id_none_reason: d.id_type === 'none' ? orNull(d.id_none_reason) : null,
    given_names: d.given_names.trim(), paternal_surname: d.paternal_surname.trim(),
    maternal_surname: d.maternal_surname.trim(), sex: d.sex, birth_date: orNull(d.birth_date), phone: orNull(d.phone),
    languages: d.languages, district: d.district?.value ?? null, profiles: d.profiles,
    miner_position: isMiner && d.miner_position ? d.miner_position : null,
    head_of_household: fromYesNo(d.head_of_household), single_parent: fromYesNo(d.single_parent),
    dependants: d.dependants.trim() === '' ? null : Number(d.dependants), literacy: d.literacy || null,
    education_level: d.education_level || null, reinfo_code: orNull(d.reinfo_code), reinfo_status: d.reinfo_status || null,
    recpo_code: orNull(d.recpo_code), selectors_registry_code: orNull(d.selectors_registry_code),
    selectors_registry_region: d.selectors_registry_region || null, ruc: orNull(d.ruc),
  };
}

/** Problems the form can see by itself, keyed by field name like the server's details. */
export function draftProblems(d: PersonDraft, opts: { needsOrganisation: boolean }): Record<string, string> {
  const problems: Record<string, string> = {};
  const number = d.id_number.trim();
  if (d.id_type === 'dni' && !/^\d{8}$/.test(number)) problems.id_number = t('person.check.dni');
  if (d.id_type === 'ce' && !/^[A-Za-z0-9]{1,12}$/.test(number)) problems.id_number = t('person.check.ce');
  if (d.id_type === 'none' && !d.id_none_reason.trim()) problems.id_none_reason = t('person.check.noneReason');
  if (!d.given_names.trim()) problems.given_names = t('form.required');
  if (!d.paternal_surname.trim()) problems.paternal_surname = t('form.required');
  if (d.phone.trim() && !/^\+?[0-9 ]{6,16}$/.test(d.phone.trim())) problems.phone = t('person.check.phone');
  if (d.profiles.length === 0) problems.profiles = t('person.check.profiles');
  const dependants = d.dependants.trim();
  if (dependants && !(/^\d+$/.test(dependants) && Number(dependants) <= 30)) problems.dependants = t('person.check.dependants');
  if (d.ruc.trim() && !/^\d{11}$/.test(d.ruc.trim())) problems.ruc = t('person.check.ruc');
  if (opts.needsOrganisation && !d.organisation) problems.organisation_id = t('person.check.organisation');
  return problems;
}
