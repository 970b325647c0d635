/**
 * Setting up the second factor (TOTP) that case workers and supervisors need before they can
 * reach referrals: one button shows a QR code (and the secret, to type it by hand) for the
 * authenticator app; one code confirms it. The server then ends every session, so the person
 * signs in again with the code.
 */
import { useState } from 'preact/hooks';
import { api } from '../app/api.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, TextField } from '../ui/form.tsx';

interface Props {
  /** Called once confirmed: every session has ended, so the app goes back to sign-in. */
  onDone: () => void;
}

export function SecondFactorPage({ onDone }: Props) {
  const [enrolment, setEnrolment] = useState<{ secret: string; qr_svg: string } | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setIsBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err);
    }
    setIsBusy(false);
  };
  const start = () => run(async () => setEnrolment(await api.startTotp()));
  const confirm = (event: Event) => {
    event.preventDefault();
    return run(async () => {
      await api.confirmTotp(code.trim());
      onDone();
    });
  };

  return (
    <section class="card narrow">
      <h1>{t('totp.title')}</h1>
      <p>{t('totp.intro')}</p>
      <ErrorSummary error={error} fields={['code']} />
      {!enrolment && (
        <button type="button" class="primary" disabled={isBusy} onClick={start}>
          {t('totp.start')}
        </button>
      )}
      {enrolment && (
        <form onSubmit={confirm} noValidate>
          <p>{t('totp.scan')}</p>
          {/* Drawn by the server from the otpauth URI alone; no user text inside. */}
          <div class="qr" dangerouslySetInnerHTML={{ __html: enrolment.qr_svg }} />
          <p>
            {t('totp.secret')} <code>{enrolment.secret}</code>
          </p>
          <TextField name="code" label={t('login.totpCode')} value={code} onInput={setCode} autoComplete="one-time-code" isRequired error={fieldErrors(error).code} />
          <button type="submit" class="primary" disabled={isBusy}>
            {t('totp.confirm')}
          </button>
        </form>
      )}
    </section>
  );
}
