/**
 * How the registry words the server's rule codes (src/domain/registry: identity, person and
 * organisation rules) and the contract rules of its own fields, from the registry's catalog
 * part. The registry chunk adds them with `addProblemTexts` when it loads (routes.tsx). The
 * form's own checks (person-draft.ts) use the same keys, so a rule reads the same whether the
 * form or the server caught it. The `import.*` codes are cells of an import file that could not
 * be read (src/domain/registry/import), shown in the wizard's list of rejected rows.
 */
import { t } from '../i18n/i18n.ts';
import type { ProblemWording } from '../ui/problem-text.ts';
import { formatDate } from './format.ts';

export const REGISTRY_PROBLEM_TEXTS: Record<string, ProblemWording> = {
  'dni.length': 'person.check.dni',
  'ce.format': 'person.check.ce',
  'id_number.required': 'person.check.idNumber',
  'id_number.must_be_empty': 'person.check.idNumberEmpty',
  'id_number.taken': 'person.check.dniTaken',
  'id_none_reason.required': 'person.check.noneReason',
  'ruc.length': 'person.check.ruc',
  'ruc.prefix': 'person.check.rucPrefix',
  'ruc.check_digit': 'person.check.rucDigit',
  'date.not_real': 'check.dateNotReal',
  'date.in_future': 'check.dateFuture',
  'date.too_early': (p) => t('check.dateTooEarly', { earliest: formatDate(String(p.earliest ?? '')) }),
  'district.unknown': 'check.district',
  'miner_position.not_miner': 'person.check.minerPosition',
  'period.ends_before_start': 'check.periodOrder',
  'parent_id.cycle': 'org.check.parentCycle',
  'consent.sharing_needs_organisation': 'check.consentOrganisation',
  'consent.organisation_only_for_sharing': 'check.consentOnlySharing',
  'consent.witness_required': 'check.consentWitness',
  'consent.withdrawn_before_given': 'check.withdrawnBeforeGiven',
  'coordinates.both_or_neither': 'check.coordinates',
  'authorisation.one_holder': 'check.oneHolder',
  'organisation_id.required_for_role': 'check.organisationForRole',
  'parent_id.required': 'org.check.parentRequired',
  'mercury_free.only_plants': 'org.check.mercuryOnlyPlants',
  'keep_id.not_in_pair': 'check.keepInPair',
  // Rules of a whole refusal (problem `rule`), worded by describeError.
  'person.merged': 'check.personMerged',
  'person.cancelled': 'check.personCancelled',
  'duplicate.already_decided': (p) => t(p.status === 'merged' ? 'check.pairMerged' : 'check.pairDistinct'),
  'duplicate.person_merged': 'check.mergeMergedPerson',
  'duplicate.person_cancelled': 'check.mergeCancelledPerson',
  'duplicate.savings_books': (p) => t('check.mergeSavingsBooks', { starts: formatDate(String(p.starts_on ?? '')), ends: formatDate(String(p.ends_on ?? '')) }),
  'consent.already_withdrawn': (p) => t('check.consentAlreadyWithdrawn', { date: formatDate(String(p.date ?? '')) }),
  // Cells of an import file.
  'import.value.empty': (p) => (p.words ? t('import.check.emptyWrite', p) : t('import.check.empty')),
  'import.word.unknown': 'import.check.unknownWord',
  'import.date.short_year': 'import.check.shortYear',
  'import.date.excel_number': 'import.check.excelNumber',
  'import.date.format': 'import.check.notDate',
  'import.date.month': 'import.check.month',
  'import.date.not_real': 'import.check.notRealDate',
  'import.digits.not_digits': 'import.check.notDigits',
  'import.digits.length': 'import.check.digitCount',
  'import.phone.several': 'import.check.severalPhones',
  'import.phone.not_digits': 'import.check.phoneDigits',
  'import.phone.length': 'import.check.phoneLength',
  'import.count.not_whole': 'import.check.wholeNumber',
  'import.count.range': 'import.check.range',
  'import.yes_no': 'import.check.yesNo',
  'import.text.too_long': 'import.check.tooLong',
  'import.sex.ambiguous_m': 'import.check.ambiguousM',
  'import.names.no_comma': 'import.check.noComma',
  'import.id_number.empty': 'import.check.idNumberEmpty',
  'import.id_type.none_with_number': 'import.check.noneWithNumber',
  'import.dni.not_digits': 'import.check.dniDigits',
  'import.dni.length_ce': 'import.check.dniMaybeCe',
  'import.dni.repeated': 'import.check.dniRepeated',
  // Contract rules of registry fields, worded like the form's own checks.
  'ruc:zod.invalid_format': 'person.check.ruc',
  'phone:zod.invalid_format': 'person.check.phone',
  'profiles:zod.too_small': 'person.check.profiles',
  'dependants:zod.too_small': 'person.check.dependants',
  'dependants:zod.too_big': 'person.check.dependants',
};
