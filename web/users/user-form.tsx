/**
 * The "add account" form of the users admin page. The server checks everything again (password
 * length, unique username, role); its field problems are shown under the matching inputs.
 */
import { useState } from 'preact/hooks';
import { MIN_PASSWORD_LENGTH, ROLES, type Role, type User } from '../api/types.ts';
import { api } from '../app/api.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { roleLabel } from '../ui/labels.ts';

const EMPTY = { username: '', display_name: '', password: '', role: 'member' as Role, organisation_id: '' };
const FIELDS = ['username', 'display_name', 'password', 'role', 'organisation_id'] as const;

export function UserForm({ onCreated }: { onCreated: (user: User) => void }) {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [tooShort, setTooShort] = useState<string | undefined>(undefined);

  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  const submit = async (event: Event) => {
    event.preventDefault();
    const isTooShort = form.password.length < MIN_PASSWORD_LENGTH;
    setTooShort(isTooShort ? t('error.passwordTooShort', { minimum: MIN_PASSWORD_LENGTH }) : undefined);
    setError(null);
    if (isTooShort) return;
    setIsBusy(true);
    try {
      const organisation = form.organisation_id.trim();
      const { user } = await api.createUser({
        username: form.username.trim(),
        display_name: form.display_name.trim(),
        password: form.password,
        role: form.role,
        ...(organisation ? { organisation_id: organisation } : {}),
      });
      setForm(EMPTY);
      onCreated(user);
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  const problems = fieldErrors(error);
  return (
    <form onSubmit={submit} noValidate>
      <h2>{t('users.add')}</h2>
      <ErrorSummary error={error} fields={FIELDS} />
      <TextField name="username" label={t('users.username')} value={form.username}
        onInput={set('username')} autoComplete="off" isRequired error={problems.username} />
      <TextField name="display_name" label={t('users.displayName')} value={form.display_name}
        onInput={set('display_name')} autoComplete="off" isRequired error={problems.display_name} />
      <TextField name="password" type="password" label={t('users.password')} value={form.password}
        onInput={set('password')} autoComplete="new-password" isRequired minLength={MIN_PASSWORD_LENGTH}
        error={tooShort ?? problems.password} />
      <SelectField name="role" label={t('users.role')} value={form.role}
        onChange={set('role')} error={problems.role}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </SelectField>
      <TextField name="organisation_id" label={t('users.organisation')} value={form.organisation_id}
        onInput={set('organisation_id')} autoComplete="off" error={problems.organisation_id} />
      <button type="submit" class="primary" disabled={isBusy}>
        {isBusy ? t('users.adding') : t('users.add')}
      </button>
    </form>
  );
}
