/**
 * "Delete my data from this phone", guarded: while the user has records the server has not
 * taken yet (waiting, sending or needing attention), the first press deletes nothing and says
 * how many would be lost; only after she ticks a second, plainly worded confirmation does the
 * button delete them. Used by "Forgot your PIN?" and by signing out.
 */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { countUnsent } from './device-users.ts';

interface Props {
  userId: string;
  label: MessageKey;
  /** Deletes (and whatever goes with it, like ending the session); called once allowed. */
  onWipe: () => Promise<void>;
}

export function WipeButton({ userId, label, onWipe }: Props) {
  const [refusedCount, setRefusedCount] = useState(0);
  const [isConfirmed, setIsConfirmed] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  const press = async () => {
    setIsBusy(true);
    try {
      const unsent = await countUnsent(userId);
      if (unsent > 0 && !(isConfirmed && unsent <= refusedCount)) {
        // Refused: nothing deleted. A count that grew since she confirmed asks her again.
        setRefusedCount(unsent);
        setIsConfirmed(false);
        return;
      }
      await onWipe();
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div class="wipe" data-testid="wipe">
      {refusedCount > 0 && (
        <div class="alert" role="alert" data-testid="wipe-refused">
          <p>{t('device.wipeRefused', { count: refusedCount })}</p>
          <label class="choice">
            <input type="checkbox" name="confirm_loss" checked={isConfirmed} onChange={(e) => setIsConfirmed(e.currentTarget.checked)} />
            <span>{t('device.confirmLoss', { count: refusedCount })}</span>
          </label>
        </div>
      )}
      <button type="button" class="secondary" disabled={isBusy} onClick={() => void press()}>
        {t(label)}
      </button>
    </div>
  );
}
