/**
 * The last groups of the person form: household, education, and the formal registries a miner
 * or a pallaquera may be in (REINFO, RECPO, the regional register of ore selectors, RUC).
 * All optional: a promoter fills what the woman wants to say, and can come back later.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Place } from '../api/types.ts';
import { api } from '../app/api.ts';
import { t } from '../i18n/i18n.ts';
import { YesNoField } from '../ui/choices.tsx';
import { SelectField, TextField } from '../ui/form.tsx';
import type { PersonDraft } from './person-draft.ts';
import type { FieldsProps, SetDraft } from './person-fields.tsx';
import { choicesOf, EDUCATION_LABELS, LITERACY_LABELS, REINFO_LABELS } from './labels.ts';

const text = (set: SetDraft, key: keyof PersonDraft) => (value: string) => set(key, value as never);

export function HouseholdFields({ draft, set, problems }: FieldsProps) {
  return (
    <fieldset class="group">
      <legend>{t('person.group.household')}</legend>
      <YesNoField name="head_of_household" label={t('person.headOfHousehold')} value={draft.head_of_household}
        onChange={(v) => set('head_of_household', v)} error={problems.head_of_household} />
      <YesNoField name="single_parent" label={t('person.singleParent')} value={draft.single_parent}
        onChange={(v) => set('single_parent', v)} error={problems.single_parent} />
      <TextField name="dependants" type="number" inputMode="numeric" label={t('person.dependants')}
        value={draft.dependants} onInput={text(set, 'dependants')} error={problems.dependants} />
    </fieldset>
  );
}

export function EducationFields({ draft, set, problems }: FieldsProps) {
  return (
    <fieldset class="group">
      <legend>{t('person.group.education')}</legend>
      <SelectField name="literacy" label={t('person.literacy')} value={draft.literacy}
        onChange={(v) => set('literacy', v as PersonDraft['literacy'])} error={problems.literacy}>
        <option value="">{t('form.notSaid')}</option>
        {choicesOf(LITERACY_LABELS).map((v) => <option key={v} value={v}>{t(LITERACY_LABELS[v])}</option>)}
      </SelectField>
      <SelectField name="education_level" label={t('person.educationLevel')} value={draft.education_level}
        onChange={(v) => set('education_level', v as PersonDraft['education_level'])} error={problems.education_level}>
        <option value="">{t('form.notSaid')}</option>
        {choicesOf(EDUCATION_LABELS).map((v) => <option key={v} value={v}>{t(EDUCATION_LABELS[v])}</option>)}
      </SelectField>
    </fieldset>
  );
}

/** Departments for the selectors' register region, loaded once per form. */
function useDepartments(): Place[] {
  const [departments, setDepartments] = useState<Place[]>([]);
  useEffect(() => {
    api.places({ level: 'department', limit: 50 }).then(setDepartments, () => {});
  }, []);
  return departments;
}

export function RegistryFields({ draft, set, problems }: FieldsProps) {
  const departments = useDepartments();
  const region = draft.selectors_registry_region;
  return (
    <fieldset class="group">
      <legend>{t('person.group.registries')}</legend>
      <TextField name="reinfo_code" label={t('person.reinfoCode')} value={draft.reinfo_code}
        onInput={text(set, 'reinfo_code')} error={problems.reinfo_code} autoComplete="off" maxLength={40} />
      <SelectField name="reinfo_status" label={t('person.reinfoStatus')} value={draft.reinfo_status}
        onChange={(v) => set('reinfo_status', v as PersonDraft['reinfo_status'])} error={problems.reinfo_status}>
        <option value="">{t('form.notSaid')}</option>
        {choicesOf(REINFO_LABELS).map((v) => <option key={v} value={v}>{t(REINFO_LABELS[v])}</option>)}
      </SelectField>
      <TextField name="recpo_code" label={t('person.recpoCode')} value={draft.recpo_code}
        onInput={text(set, 'recpo_code')} error={problems.recpo_code} autoComplete="off" maxLength={40} />
      <TextField name="selectors_registry_code" label={t('person.selectorsCode')} value={draft.selectors_registry_code}
        onInput={text(set, 'selectors_registry_code')} error={problems.selectors_registry_code} autoComplete="off" maxLength={40} />
      <SelectField name="selectors_registry_region" label={t('person.selectorsRegion')} value={region}
        onChange={(v) => set('selectors_registry_region', v)} error={problems.selectors_registry_region}>
        <option value="">{t('form.notSaid')}</option>
        {region && !departments.some((d) => d.code === region) && <option value={region}>{region}</option>}
        {departments.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
      </SelectField>
      <TextField name="ruc" label={t('person.ruc')} value={draft.ruc} inputMode="numeric"
        onInput={text(set, 'ruc')} error={problems.ruc} autoComplete="off" maxLength={11} />
    </fieldset>
  );
}
