/**
 * The login screen, the first thing most people see: two large fields and one button, with the
 * language menu above. A wrong password and too many attempts get their own plain sentences.
 * Case staff with a second factor are asked for their authenticator code when the server says so.
 */
import { useState } from 'preact/hooks';
import type { Session } from '../api/types.ts';
import { ApiError } from '../api/client.ts';
import { api } from '../app/api.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, TextField } from '../ui/form.tsx';

interface Props {
  onSignedIn: (session: Session) => void;
  /** True when the user was sent here because the session ended. */
  isExpired: boolean;
}

const FIELDS = ['username', 'password', 'totp_code'] as const;

export function LoginPage({ onSignedIn, isExpired }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      onSignedIn(await api.login(username.trim(), password, code.trim() || undefined));
    } catch (err) {
      setError(err);
      setIsBusy(false);
    }
  };

  const problems = fieldErrors(error);
  const isCodeRefused = error instanceof ApiError && (error.rule === 'totp.required' || error.rule === 'totp.invalid');
  const needsCode = isCodeRefused || code !== '';
  return (
    <section class="card narrow">
      <h1>{t('login.title')}</h1>
      <p>{t('login.intro')}</p>
      {isExpired && !error && <p class="alert">{t('error.sessionExpired')}</p>}
      <ErrorSummary
        error={error}
        fields={FIELDS}
        overrides={{ UNAUTHENTICATED: isCodeRefused ? 'login.totpRefused' : 'error.invalidLogin' }}
      />
      <form onSubmit={submit} noValidate>
        <TextField
          name="username"
          label={t('login.username')}
          value={username}
          onInput={setUsername}
          autoComplete="username"
          isRequired
          error={problems.username}
        />
        <TextField
          name="password"
          type="password"
          label={t('login.password')}
          value={password}
          onInput={setPassword}
          autoComplete="current-password"
          isRequired
          error={problems.password}
        />
        {needsCode && (
          <TextField
            name="totp_code"
            label={t('login.totpCode')}
            value={code}
            onInput={setCode}
            autoComplete="one-time-code"
            isRequired
            error={problems.totp_code}
          />
        )}
        <button type="submit" class="primary" disabled={isBusy}>
          {isBusy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </section>
  );
}
