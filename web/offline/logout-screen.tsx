/**
 * Signing out of a phone that keeps the user's data: she chooses to leave it locked with her PIN
 * (records not sent yet wait for her next sign-in) or to delete it from the phone, which is
 * refused while unsent records remain unless she confirms losing them (lock-wipe.tsx). Shown
 * only to users with data on the phone; the others sign out at once as before.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SessionUser } from '../api/types.ts';
import { devicePart } from '../i18n/device-part.ts';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { countUnsent, wipeLocalData } from './device-users.ts';
import { WipeButton } from './lock-wipe.tsx';

addCatalogPart(devicePart);

interface Props {
  user: SessionUser;
  /** Ends the server session; false when it could not (the app shows why). */
  onSignOut: () => Promise<boolean>;
  /** After signing out: back to the login page. */
  onDone: () => void;
  onCancel: () => void;
}

export function LogoutScreen({ user, onSignOut, onDone, onCancel }: Props) {
  const [unsent, setUnsent] = useState<number | null>(null);
  useEffect(() => {
    void countUnsent(user.id).then(setUnsent, () => setUnsent(null));
  }, [user.id]);

  const keep = async () => {
    if (await onSignOut()) onDone();
  };
  const wipe = async () => {
    if (!(await onSignOut())) return;
    await wipeLocalData(user.id);
    onDone();
  };

  return (
    <section class="card narrow" data-testid="logout-screen">
      <h1>{t('device.logoutTitle')}</h1>
      <p>{t('device.logoutIntro')}</p>
      {unsent !== null && <p data-testid="unsent">{unsent > 0 ? t('device.unsent', { count: unsent }) : t('device.allSent')}</p>}
      <p>
        <button type="button" class="primary" onClick={() => void keep()}>{t('device.logoutKeep')}</button>
      </p>
      <WipeButton userId={user.id} label={'device.logoutWipe'} onWipe={wipe} />
      <p>
        <button type="button" class="link-button" onClick={onCancel}>{t('device.back')}</button>
      </p>
    </section>
  );
}
