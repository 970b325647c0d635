/**
 * What a woman should know about the buyer before she sells: what kind of organisation it is,
 * whether it is registered in RECPO (the registry of gold traders and processors) and, for a
 * plant, whether it works without mercury.
 */
import { t } from '../i18n/i18n.ts';
import type { Sale } from './production-api.ts';

type Buyer = Pick<Sale['buyer'], 'kind' | 'recpo_registered' | 'mercury_free'>;

export function BuyerFacts({ buyer }: { buyer: Buyer }) {
  return (
    <ul class="buyer-facts" data-testid="buyer-facts">
      <li>{buyer.kind === 'processing_plant' ? t('buyer.kind.plant') : buyer.kind === 'buyer_trader' ? t('buyer.kind.trader') : t('buyer.kind.other')}</li>
      <li class={buyer.recpo_registered ? 'ok' : 'warn'}>{buyer.recpo_registered ? t('buyer.recpo.yes') : t('buyer.recpo.no')}</li>
      {buyer.mercury_free !== null && <li class={buyer.mercury_free ? 'ok' : 'warn'}>{buyer.mercury_free ? t('buyer.mercuryFree.yes') : t('buyer.mercuryFree.no')}</li>}
    </ul>
  );
}
