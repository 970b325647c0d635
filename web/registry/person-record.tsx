/**
 * A person's record as read-only text, in the same groups as the form. Only answered fields are
 * listed, so a short record stays short on a phone; yes/no answers and codes are put in words.
 * Partners get some fields as null from the server (household, contact): they simply do not show.
 */
import type { ComponentChildren } from 'preact';
import type { Person } from '../api/types.ts';
import { t } from '../i18n/i18n.ts';
import { formatDate } from './format.ts';
import {
  EDUCATION_LABELS, ID_TYPE_LABELS, LANGUAGE_LABELS, LITERACY_LABELS, POSITION_LABELS, PROFILE_LABELS, REINFO_LABELS, SEX_LABELS,
} from './labels.ts';

type Row = [label: string, value: ComponentChildren];

const yesNo = (value: boolean | null) => (value === null ? null : value ? t('form.yes') : t('form.no'));

function Group({ title, rows }: { title: string; rows: Row[] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (shown.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <dl class="record">
        {shown.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export function PersonRecord({ person, district }: { person: Person; district: string | null }) {
  const p = person;
  const document = p.id_type === 'none'
    ? `${t(ID_TYPE_LABELS.none)}${p.id_none_reason ? ` (${p.id_none_reason})` : ''}`
    : `${t(ID_TYPE_LABELS[p.id_type])} ${p.id_number ?? ''}`;
  return (
    <>
      <Group title={t('person.group.identity')} rows={[[t('person.idType'), document]]} />
      <Group title={t('person.group.birth')} rows={[
        [t('person.birthDate'), formatDate(p.birth_date)],
        [t('person.sex'), t(SEX_LABELS[p.sex])],
      ]} />
      <Group title={t('person.group.contact')} rows={[
        [t('person.phone'), p.phone],
        [t('person.languages'), p.languages.map((l) => t(LANGUAGE_LABELS[l])).join(', ')],
      ]} />
      <Group title={t('person.group.place')} rows={[[t('person.district'), district ?? p.district]]} />
      <Group title={t('person.group.profile')} rows={[
        [t('person.profiles'), p.profiles.map((v) => t(PROFILE_LABELS[v])).join(', ')],
        [t('person.minerPosition'), p.miner_position && t(POSITION_LABELS[p.miner_position])],
      ]} />
      <Group title={t('person.group.household')} rows={[
        [t('person.headOfHousehold'), yesNo(p.head_of_household)],
        [t('person.singleParent'), yesNo(p.single_parent)],
        [t('person.dependants'), p.dependants === null ? null : String(p.dependants)],
      ]} />
      <Group title={t('person.group.education')} rows={[
        [t('person.literacy'), p.literacy && t(LITERACY_LABELS[p.literacy])],
        [t('person.educationLevel'), p.education_level && t(EDUCATION_LABELS[p.education_level])],
      ]} />
      <Group title={t('person.group.registries')} rows={[
        [t('person.reinfoCode'), p.reinfo_code],
        [t('person.reinfoStatus'), p.reinfo_status && t(REINFO_LABELS[p.reinfo_status])],
        [t('person.recpoCode'), p.recpo_code],
        [t('person.selectorsCode'), p.selectors_registry_code],
        [t('person.selectorsRegion'), p.selectors_registry_region],
        [t('person.ruc'), p.ruc],
      ]} />
    </>
  );
}
