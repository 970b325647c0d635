/**
 * What a cancellation erases and what it keeps without her identity, in plain words, as the
 * retention table of docs/security.md says (keep the two in step when either changes).
 */
import { t } from '../i18n/i18n.ts';

export function CancellationFacts() {
  return (
    <div data-testid="cancellation-facts">
      <h2>{t('arco.cancel.erased')}</h2>
      <ul>
        <li>{t('arco.cancel.erased.identity')}</li>
        <li>{t('arco.cancel.erased.account')}</li>
        <li>{t('arco.cancel.erased.audit')}</li>
        <li>{t('arco.cancel.erased.receipts')}</li>
      </ul>
      <h2>{t('arco.cancel.kept')}</h2>
      <ul>
        <li>{t('arco.cancel.kept.figures')}</li>
        <li>{t('arco.cancel.kept.person')}</li>
        <li>{t('arco.cancel.kept.void')}</li>
        <li>{t('arco.cancel.kept.consents')}</li>
        <li>{t('arco.cancel.kept.referrals')}</li>
        <li>{t('arco.cancel.kept.backups')}</li>
      </ul>
      <p>{t('arco.cancel.lists')}</p>
    </div>
  );
}
