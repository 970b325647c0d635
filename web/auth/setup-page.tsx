/**
 * First-admin setup, reached only through the one-time link `/setup#token=…` that the server
 * prints on its first start. The token travels in the hash so it never reaches server logs or
 * the Referer header; it is dropped from the address bar as soon as the account exists.
 */
import { useEffect, useState } from 'preact/hooks';
import { MIN_PASSWORD_LENGTH, type Session } from '../api/types.ts';
import { api } from '../app/api.ts';
import { navigate, onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, TextField } from '../ui/form.tsx';

const FIELDS = ['username', 'display_name', 'password'] as const;

/** The `token` parameter of the location hash, or '' when absent. */
export function readSetupToken(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

export function SetupPage({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [token] = useState(() => readSetupToken(location.hash));
  const [needsSetup, setNeedsSetup] = useState<boolean | null>(null);
  const [form, setForm] = useState({ username: '', display_name: '', password: '', repeat: '' });
  const [error, setError] = useState<unknown>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    api.setupStatus().then((s) => setNeedsSetup(s.needs_setup), setError);
  }, []);

  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (form.password.length < MIN_PASSWORD_LENGTH) {
      found.password = t('error.passwordTooShort', { minimum: MIN_PASSWORD_LENGTH });
    }
    if (form.password !== form.repeat) found.repeat = t('setup.passwordMismatch');
    setLocalErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setIsBusy(true);
    try {
      const { repeat: _repeat, ...input } = form;
      await api.setup({ ...input, username: input.username.trim(), token });
      const session = await api.login(input.username.trim(), input.password);
      navigate('/', { replace: true });
      onSignedIn(session);
    } catch (err) {
      setError(err);
      setIsBusy(false);
    }
  };

  if (needsSetup === false || !token) {
    return (
      <section class="card narrow">
        <h1>{t('setup.title')}</h1>
        <p class="alert">{needsSetup === false ? t('setup.done') : t('setup.missingToken')}</p>
        <p>
          <a href="/login" onClick={onLinkClick}>
            {t('setup.goToLogin')}
          </a>
        </p>
      </section>
    );
  }
  if (needsSetup === null && !error) return <p class="loading">{t('app.loading')}</p>;

  const problems = { ...fieldErrors(error), ...localErrors };
  return (
    <section class="card narrow">
      <h1>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <ErrorSummary error={error} fields={FIELDS} />
      <form onSubmit={submit} noValidate>
        <TextField name="username" label={t('setup.username')} value={form.username}
          onInput={set('username')} autoComplete="username" isRequired error={problems.username} />
        <TextField name="display_name" label={t('setup.displayName')} value={form.display_name}
          onInput={set('display_name')} autoComplete="name" isRequired error={problems.display_name} />
        <TextField name="password" type="password" label={t('setup.password')} value={form.password}
          onInput={set('password')} autoComplete="new-password" isRequired minLength={MIN_PASSWORD_LENGTH}
          error={problems.password} />
        <TextField name="repeat" type="password" label={t('setup.passwordRepeat')} value={form.repeat}
          onInput={set('repeat')} autoComplete="new-password" isRequired
          error={problems.repeat} />
        <button type="submit" class="primary" disabled={isBusy}>
          {isBusy ? t('setup.submitting') : t('setup.submit')}
        </button>
      </form>
    </section>
  );
}
