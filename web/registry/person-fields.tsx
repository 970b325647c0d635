/**
 * The first groups of the person form: identity document, names, birth and sex, contact and
 * languages, where she lives and her organisation, profiles. Each group is a fieldset with a
 * heading so a long form on a small phone reads as short steps. Errors sit under their field.
 */
import type { PersonDraft } from './person-draft.ts';
import { t } from '../i18n/i18n.ts';
import { CheckboxGroup } from '../ui/choices.tsx';
import { SelectField, TextField } from '../ui/form.tsx';
import { SearchSelect } from '../ui/search-select.tsx';
import {
  choicesOf, ID_TYPE_LABELS, LANGUAGE_LABELS, POSITION_LABELS, PROFILE_LABELS, SEX_LABELS,
} from './labels.ts';
import { searchDistricts, searchOrganisations } from './lookups.ts';

export type SetDraft = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => void;

export interface FieldsProps {
  draft: PersonDraft;
  set: SetDraft;
  problems: Record<string, string>;
}

const text = (set: SetDraft, key: keyof PersonDraft) => (value: string) => set(key, value as never);

export function IdentityFields({ draft, set, problems }: FieldsProps) {
  return (
    <fieldset class="group">
      <legend>{t('person.group.identity')}</legend>
      <SelectField name="id_type" label={t('person.idType')} value={draft.id_type}
        onChange={(v) => set('id_type', v as PersonDraft['id_type'])} error={problems.id_type}>
        {choicesOf(ID_TYPE_LABELS).map((v) => <option key={v} value={v}>{t(ID_TYPE_LABELS[v])}</option>)}
      </SelectField>
      {draft.id_type === 'none' ? (
        <TextField name="id_none_reason" label={t('person.idNoneReason')} value={draft.id_none_reason}
          onInput={text(set, 'id_none_reason')} error={problems.id_none_reason} maxLength={200} />
      ) : (
        <TextField name="id_number" label={draft.id_type === 'dni' ? t('person.dni') : t('person.ceNumber')}
          value={draft.id_number} onInput={text(set, 'id_number')} error={problems.id_number} autoComplete="off"
          inputMode={draft.id_type === 'dni' ? 'numeric' : 'text'} maxLength={12}
          hint={draft.id_type === 'dni' ? t('person.dniHint') : undefined} />
      )}
    </fieldset>
  );
}

export function NameFields({ draft, set, problems }: FieldsProps) {
  return (
    <fieldset class="group">
      <legend>{t('person.group.names')}</legend>
      <TextField name="given_names" label={t('person.givenNames')} value={draft.given_names} isRequired
        onInput={text(set, 'given_names')} error={problems.given_names} autoCapitalize="words" autoComplete="off" maxLength={80} />
      <TextField name="paternal_surname" label={t('person.paternalSurname')} value={draft.paternal_surname} isRequired
        onInput={text(set, 'paternal_surname')} error={problems.paternal_surname} autoCapitalize="words" autoComplete="off" maxLength={60} />
      <TextField name="maternal_surname" label={t('person.maternalSurname')} value={draft.maternal_surname}
        onInput={text(set, 'maternal_surname')} error={problems.maternal_surname} autoCapitalize="words" autoComplete="off" maxLength={60} />
    </fieldset>
  );
}

export function BirthFields({ draft, set, problems }: FieldsProps) {
  return (
    <fieldset class="group">
      <legend>{t('person.group.birth')}</legend>
      <TextField name="birth_date" type="date" label={t('person.birthDate')} value={draft.birth_date}
        onInput={text(set, 'birth_date')} error={problems.birth_date} />
      <SelectField name="sex" label={t('person.sex')} value={draft.sex}
        onChange={(v) => set('sex', v as PersonDraft['sex'])} error={problems.sex}>
        {choicesOf(SEX_LABELS).map((v) => <option key={v} value={v}>{t(SEX_LABELS[v])}</option>)}
      </SelectField>
    </fieldset>
  );
}

export function ContactFields({ draft, set, problems }: FieldsProps) {
  return (
    <fieldset class="group">
      <legend>{t('person.group.contact')}</legend>
      <TextField name="phone" type="tel" label={t('person.phone')} value={draft.phone} inputMode="tel"
        onInput={text(set, 'phone')} error={problems.phone} autoComplete="off" maxLength={16} />
      <CheckboxGroup name="languages" legend={t('person.languages')} values={draft.languages}
        options={choicesOf(LANGUAGE_LABELS).map((v) => ({ value: v, label: t(LANGUAGE_LABELS[v]) }))}
        onChange={(v) => set('languages', v)} error={problems.languages} />
    </fieldset>
  );
}

export function PlaceFields({ draft, set, problems, isCreate }: FieldsProps & { isCreate: boolean }) {
  return (
    <fieldset class="group">
      <legend>{t('person.group.place')}</legend>
      <SearchSelect name="district" label={t('person.district')} hint={t('person.districtHint')}
        selected={draft.district} onSelect={(c) => set('district', c)} search={searchDistricts} error={problems.district} />
      {isCreate && (
        <SearchSelect name="organisation_id" label={t('person.organisation')} hint={t('person.organisationHint')}
          selected={draft.organisation} onSelect={(c) => set('organisation', c)} search={searchOrganisations}
          error={problems.organisation_id} />
      )}
    </fieldset>
  );
}

export function ProfileFields({ draft, set, problems }: FieldsProps) {
  const isMiner = draft.profiles.includes('woman_miner') || draft.profiles.includes('man_miner');
  return (
    <fieldset class="group">
      <legend>{t('person.group.profile')}</legend>
      <CheckboxGroup name="profiles" legend={t('person.profilesPick')} values={draft.profiles}
        options={choicesOf(PROFILE_LABELS).map((v) => ({ value: v, label: t(PROFILE_LABELS[v]) }))}
        onChange={(v) => set('profiles', v)} error={problems.profiles} />
      {(isMiner || problems.miner_position) && (
        <SelectField name="miner_position" label={t('person.minerPosition')} value={draft.miner_position}
          onChange={(v) => set('miner_position', v as PersonDraft['miner_position'])} error={problems.miner_position}>
          <option value="">{t('form.notSaid')}</option>
          {choicesOf(POSITION_LABELS).map((v) => <option key={v} value={v}>{t(POSITION_LABELS[v])}</option>)}
        </SelectField>
      )}
    </fieldset>
  );
}
