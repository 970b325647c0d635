/**
 * Form building blocks shared by every screen: a labelled text field that shows its own error
 * right under the input, and an error summary announced to screen readers. All text arrives as
 * props and is rendered as text; nothing here may render HTML from a string.
 */
import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../i18n/i18n.ts';
import { describeError, unplacedDetails } from './errors.ts';
import { problemText } from './problem-text.ts';

interface TextFieldProps {
  /** Field name, also the id of the input and the key of its server-side problems. */
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  type?: 'text' | 'password' | 'search' | 'date' | 'tel' | 'number';
  autoComplete?: string;
  /** 'words' for names; by default nothing is capitalised (usernames, codes). */
  autoCapitalize?: 'none' | 'words';
  inputMode?: 'text' | 'numeric' | 'tel' | 'search';
  isRequired?: boolean;
  minLength?: number;
  maxLength?: number;
  /** A short help text under the label, read out with the input. */
  hint?: string;
}

export function TextField(props: TextFieldProps) {
  const errorId = `${props.name}-error`;
  const hintId = `${props.name}-hint`;
  const describedBy = [props.hint && hintId, props.error && errorId].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <input
        id={props.name}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete}
        autoCapitalize={props.autoCapitalize ?? 'none'}
        inputMode={props.inputMode}
        required={props.isRequired}
        minLength={props.minLength}
        maxLength={props.maxLength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {props.error && (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  children: ComponentChildren;
}

export function SelectField(props: SelectFieldProps) {
  const errorId = `${props.name}-error`;
  return (
    <div class="field">
      <label for={props.name}>{props.label}</label>
      <select
        id={props.name}
        name={props.name}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.children}
      </select>
      {props.error && (
        <p class="field-error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}

interface ErrorSummaryProps {
  error: unknown;
  /** Fields shown on the form; problems for other paths are listed here instead. */
  fields?: readonly string[];
  overrides?: Partial<Record<string, MessageKey>>;
}

/** The failure of the last submit, or nothing when there was none. */
export function ErrorSummary({ error, fields = [], overrides }: ErrorSummaryProps) {
  if (!error) return null;
  const extra = unplacedDetails(error, fields);
  return (
    <div class="alert" role="alert">
      <p>{describeError(error, overrides)}</p>
      {extra.length > 0 && (
        <ul>
          {extra.map((d) => (
            <li key={d.path + d.message}>
              {d.path && d.path !== '(body)' ? `${d.path}: ` : ''}
              {problemText(d)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A short confirmation after a successful action, announced politely. */
export function Notice({ text }: { text: string | null }) {
  return (
    <p class="notice" role="status">
      {text ?? ''}
    </p>
  );
}
