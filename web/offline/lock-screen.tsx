/**
 * The lock a shared phone shows above the page when something needs the signed-in user's data
 * kept on the phone and it is locked: the first time, an invitation to set a PIN (the page goes
 * on working online meanwhile; what it keeps on the phone waits for the PIN); after a reload, a
 * reopen with no network or a change of user, the PIN form, since her screens wait for it. "Not me" changes user (the app locks and
 * ends the session); "Forgot your PIN?" can only delete her data from this phone, guarded
 * while unsent records would be lost. A lazily loaded chunk with its own catalog part.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SessionUser } from '../api/types.ts';
import { devicePart } from '../i18n/device-part.ts';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { findDeviceUser, wipeLocalData } from './device-users.ts';
import { SetPinForm, UnlockForm } from './lock-pin-forms.tsx';
import { WipeButton } from './lock-wipe.tsx';

addCatalogPart(devicePart);

interface Props {
  user: SessionUser;
  onChangeUser: () => void;
}

type Mode = 'loading' | 'invite' | 'set' | 'unlock' | 'forgot';

export function LockScreen({ user, onChangeUser }: Props) {
  const [mode, setMode] = useState<Mode>('loading');
  const [round, setRound] = useState(0);
  useEffect(() => {
    void findDeviceUser(user.id).then((found) => setMode(found ? 'unlock' : 'invite'), () => setMode('invite'));
  }, [user.id, round]);
  const again = () => setRound((n) => n + 1);

  return (
    <section class="card narrow lock" data-testid="lock-screen" aria-label={t('device.lockLabel')}>
      {mode === 'loading' && <p class="loading">{t('app.loading')}</p>}
      {mode === 'invite' && (
        <p>
          {t('device.invite')}{' '}
          <button type="button" class="secondary" onClick={() => setMode('set')}>{t('device.openSet')}</button>
        </p>
      )}
      {mode === 'set' && <SetPinForm user={user} onTaken={again} />}
      {mode === 'unlock' && <UnlockForm user={user} onNoPin={again} />}
      {mode === 'forgot' && (
        <>
          <h2>{t('device.forgot')}</h2>
          <p>{t('device.forgotIntro')}</p>
          <WipeButton userId={user.id} label={'device.wipe'} onWipe={() => wipeLocalData(user.id).then(again)} />
          <p>
            <button type="button" class="link-button" onClick={() => setMode('unlock')}>{t('device.back')}</button>
          </p>
        </>
      )}
      {mode === 'unlock' && (
        <p>
          <button type="button" class="link-button" onClick={() => setMode('forgot')}>{t('device.forgot')}</button>
        </p>
      )}
      {mode !== 'invite' && <p>
        <button type="button" class="link-button" onClick={onChangeUser}>{t('device.notMe', { name: user.display_name })}</button>
      </p>}
    </section>
  );
}
