/**
 * Catalog labels for the registry's closed sets of values (document types, profiles, consent
 * purposes, organisation kinds…). Each table is a Record over its type, so a value added to
 * the API contract fails the type check here until it has a label; the key order is the order
 * forms offer the choices in. Duplicate reasons are open-ended codes: unknown ones show raw.
 */
import type {
  ConsentMethod, ConsentPurpose, EducationLevel, IdType, Literacy, MembershipRole, MinerPosition, OrganisationKind,
  Profile, ReinfoStatus, Sex, SpokenLanguage,
} from '../api/types.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';

export const ID_TYPE_LABELS: Record<IdType, MessageKey> = {
  dni: 'person.idType.dni', ce: 'person.idType.ce', none: 'person.idType.none',
};
export const SEX_LABELS: Record<Sex, MessageKey> = { female: 'person.sex.female', male: 'person.sex.male' };
export const LANGUAGE_LABELS: Record<SpokenLanguage, MessageKey> = {
  es: 'person.language.es', qu: 'person.language.qu', ay: 'person.language.ay', other: 'person.language.other',
};
export const PROFILE_LABELS: Record<Profile, MessageKey> = {
  pallaquera: 'person.profile.pallaquera', woman_miner: 'person.profile.woman_miner',
  man_miner: 'person.profile.man_miner', other: 'person.profile.other',
};
export const POSITION_LABELS: Record<MinerPosition, MessageKey> = {
  director: 'person.position.director', partner: 'person.position.partner', worker: 'person.position.worker',
  professional: 'person.position.professional', authority: 'person.position.authority',
};
export const LITERACY_LABELS: Record<Literacy, MessageKey> = {
  reads_and_writes: 'person.literacy.reads_and_writes', reads_only: 'person.literacy.reads_only',
  neither: 'person.literacy.neither',
};
export const EDUCATION_LABELS: Record<EducationLevel, MessageKey> = {
  none: 'person.education.none', primary_incomplete: 'person.education.primary_incomplete',
  primary: 'person.education.primary', secondary_incomplete: 'person.education.secondary_incomplete',
  secondary: 'person.education.secondary', technical: 'person.education.technical',
  university: 'person.education.university',
};
export const REINFO_LABELS: Record<ReinfoStatus, MessageKey> = {
  valid: 'person.reinfo.valid', suspended: 'person.reinfo.suspended', excluded: 'person.reinfo.excluded',
};
export const PURPOSE_LABELS: Record<ConsentPurpose, MessageKey> = {
  registry: 'consent.purpose.registry', statistics: 'consent.purpose.statistics',
  contact: 'consent.purpose.contact', sharing: 'consent.purpose.sharing',
};
export const METHOD_LABELS: Record<ConsentMethod, MessageKey> = {
  signature: 'consent.method.signature', thumbprint: 'consent.method.thumbprint',
  verbal_with_witness: 'consent.method.verbal_with_witness',
};
export const KIND_LABELS: Record<OrganisationKind, MessageKey> = {
  selectors_association: 'org.kind.selectors_association', asm_company: 'org.kind.asm_company',
  cooperative: 'org.kind.cooperative', regional_network: 'org.kind.regional_network',
  national_network: 'org.kind.national_network', buyer_trader: 'org.kind.buyer_trader',
  processing_plant: 'org.kind.processing_plant', financial_institution: 'org.kind.financial_institution',
  government_body: 'org.kind.government_body', ngo: 'org.kind.ngo',
};
export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, MessageKey> = {
  member: 'membership.role.member', president: 'membership.role.president',
  vice_president: 'membership.role.vice_president', secretary: 'membership.role.secretary',
  treasurer: 'membership.role.treasurer', delegate: 'membership.role.delegate',
  committee_member: 'membership.role.committee_member',
};

/** Reason codes of the duplicate scorer (src/domain/registry/duplicates) that have words. */
const REASON_LABELS: Partial<Record<string, MessageKey>> = {
  given_names_equal: 'duplicates.reason.given_names_equal',
  given_names_reordered: 'duplicates.reason.given_names_reordered',
  given_name_typo: 'duplicates.reason.given_name_typo',
  compound_given_name: 'duplicates.reason.compound_given_name',
  given_names_partly_differ: 'duplicates.reason.given_names_partly_differ',
  given_names_differ: 'duplicates.reason.given_names_differ',
  surnames_equal: 'duplicates.reason.surnames_equal',
  paternal_surname_typo: 'duplicates.reason.paternal_surname_typo',
  paternal_surname_differs: 'duplicates.reason.paternal_surname_differs',
  maternal_surname_typo: 'duplicates.reason.maternal_surname_typo',
  maternal_surname_differs: 'duplicates.reason.maternal_surname_differs',
  maternal_surname_missing: 'duplicates.reason.maternal_surname_missing',
  surnames_swapped: 'duplicates.reason.surnames_swapped',
  surname_typo: 'duplicates.reason.surname_typo',
  same_dni: 'duplicates.reason.same_dni',
  dni_typo: 'duplicates.reason.dni_typo',
  different_dni: 'duplicates.reason.different_dni',
  same_ce: 'duplicates.reason.same_ce',
  ce_typo: 'duplicates.reason.ce_typo',
  different_ce: 'duplicates.reason.different_ce',
  same_dni_different_name: 'duplicates.reason.same_dni_different_name',
  birth_date_equal: 'duplicates.reason.birth_date_equal',
  birth_day_month_swapped: 'duplicates.reason.birth_day_month_swapped',
  birth_date_typo: 'duplicates.reason.birth_date_typo',
  birth_date_differs: 'duplicates.reason.birth_date_differs',
  birth_year_only: 'duplicates.reason.birth_year_only',
  sex_differs: 'duplicates.reason.sex_differs',
  same_district: 'duplicates.reason.same_district',
  district_differs: 'duplicates.reason.district_differs',
  same_phone: 'duplicates.reason.same_phone',
  phone_differs: 'duplicates.reason.phone_differs',
};

/** Words for a duplicate reason code, or the code itself when it has none yet. */
export function reasonLabel(code: string): string {
  const key = REASON_LABELS[code];
  return key ? t(key) : code;
}

/** The values of a label table, in form order. */
export function choicesOf<T extends string>(labels: Record<T, MessageKey>): T[] {
  return Object.keys(labels) as T[];
}
