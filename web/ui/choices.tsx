/**
 * Choice fields shared by the forms: a group of checkboxes for "any of these" answers and a
 * yes / no / not asked select for questions a person may leave unanswered. Each shows its own
 * error under the choices, like the text fields in form.tsx; labels arrive as translated text.
 */
import { t } from '../i18n/i18n.ts';
import { SelectField } from './form.tsx';

interface CheckboxGroupProps<T extends string> {
  /** Group name: the id of the fieldset and the key of its server-side problems. */
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  values: readonly T[];
  onChange: (values: T[]) => void;
  error?: string | undefined;
}

export function CheckboxGroup<T extends string>(props: CheckboxGroupProps<T>) {
  const errorId = `${props.name}-error`;
  const toggle = (value: T, isOn: boolean) =>
    props.onChange(
      isOn ? [...props.values, value] : props.values.filter((v) => v !== value),
    );
  return (
    <fieldset
      class="field choices"
      id={props.name}
      aria-invalid={props.error ? 'true' : undefined}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} class="choice">
          <input
            type="checkbox"
            name={props.name}
            value={option.value}
            checked={props.values.includes(option.value)}
            onChange={(e) => toggle(option.value, e.currentTarget.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {props.error && (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

/** A nullable yes/no answer as the form keeps it: '' means not asked or not said. */
export type YesNo = '' | 'yes' | 'no';

export function toYesNo(value: boolean | null | undefined): YesNo {
  return value === true ? 'yes' : value === false ? 'no' : '';
}

export function fromYesNo(value: YesNo): boolean | null {
  return value === 'yes' ? true : value === 'no' ? false : null;
}

interface YesNoFieldProps {
  name: string;
  label: string;
  value: YesNo;
  onChange: (value: YesNo) => void;
  error?: string | undefined;
}

export function YesNoField(props: YesNoFieldProps) {
  return (
    <SelectField name={props.name} label={props.label} value={props.value}
      onChange={(v) => props.onChange(v as YesNo)} error={props.error}>
      <option value="">{t('form.notSaid')}</option>
      <option value="yes">{t('form.yes')}</option>
      <option value="no">{t('form.no')}</option>
    </SelectField>
  );
}
