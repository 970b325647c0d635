/**
 * The two PIN forms of the lock screen: setting a PIN (typed twice, refused when it is a first
 * guess like 0000 or 1234) and unlocking with it (a wrong PIN says how many tries are left, or
 * how long to wait). Digits only, shown as dots, with the phone's number pad.
 */
import { useState } from 'preact/hooks';
import type { SessionUser } from '../api/types.ts';
import { t } from '../i18n/i18n.ts';
import { TextField } from '../ui/form.tsx';
import { setUpPin, unlockWithPin, type UnlockResult } from './device-users.ts';
import { checkNewPin, PIN_MAX, type PinProblem } from './pin-rules.ts';

const seconds = (ms: number) => Math.ceil(ms / 1000);

function pinField(name: string, label: string, value: string, onInput: (v: string) => void, error?: string) {
  return (
    <TextField name={name} type="password" inputMode="numeric" autoComplete="off" maxLength={PIN_MAX} label={label} value={value} onInput={onInput} isRequired error={error} />
  );
}

/** First use on this phone: choose a PIN; `onTaken` when another tab set one meanwhile. */
export function SetPinForm({ user, onTaken }: { user: SessionUser; onTaken: () => void }) {
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<PinProblem | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = checkNewPin(pin, again);
    setProblem(found);
    if (found) return;
    setIsBusy(true);
    if (!(await setUpPin(user, pin))) onTaken();
  };

  const isAboutRepeat = problem === 'pin.mismatch';
  return (
    <form onSubmit={submit} noValidate data-testid="pin-set">
      <h2>{t('device.setTitle')}</h2>
      <p>{t('device.setIntro')}</p>
      {pinField('new_pin', t('device.pin'), pin, setPin, problem && !isAboutRepeat ? t(problem) : undefined)}
      {pinField('new_pin_again', t('device.pinAgain'), again, setAgain, isAboutRepeat ? t(problem) : undefined)}
      <button type="submit" class="primary" disabled={isBusy}>
        {isBusy ? t('device.working') : t('device.setSubmit')}
      </button>
    </form>
  );
}

function refusal(result: Exclude<UnlockResult, { isUnlocked: true }>): string {
  if (result.reason === 'wait') return t('device.wait', { seconds: seconds(result.waitMs) });
  if (result.reason === 'wrong' && result.waitMs > 0) return t('device.wrongPinWait', { seconds: seconds(result.waitMs) });
  if (result.reason === 'wrong') return t('device.wrongPin', { count: result.triesLeft });
  return t('device.wrongPin', { count: 0 });
}

/** Later: her PIN opens her data (the key goes to the key ring and the app shows her screen). */
export function UnlockForm({ user, onNoPin }: { user: SessionUser; onNoPin: () => void }) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    const result = await unlockWithPin(user.id, pin);
    if (result.isUnlocked) return;
    if (result.reason === 'no_pin') return onNoPin();
    setError(refusal(result));
    setPin('');
    setIsBusy(false);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="pin-unlock">
      <h2>{t('device.unlockTitle')}</h2>
      <p>{t('device.unlockIntro', { name: user.display_name })}</p>
      {error && <p class="alert" role="alert" data-testid="pin-refused">{error}</p>}
      {pinField('pin', t('device.pin'), pin, setPin)}
      <button type="submit" class="primary" disabled={isBusy}>
        {isBusy ? t('device.working') : t('device.unlockSubmit')}
      </button>
    </form>
  );
}
