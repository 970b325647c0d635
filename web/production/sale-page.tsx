/**
 * A recorded sale (`/production/sales/:id`): the buyer with its RECPO registration and
 * mercury-free flag, what was sold, and the fair value exactly as it was measured when the sale
 * was recorded (the prices of its date, marked when stale), with the flag when the buyer paid
 * more than the threshold below the reference.
 */
import { useEffect, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { BuyerFacts } from './buyer-facts.tsx';
import { FairValueBox } from './fair-value-box.tsx';
import { formatNumber } from './format.ts';
import { SALE_KIND_LABELS } from './labels.ts';
import { productionApi, type Sale } from './production-api.ts';

/** Where to go back to: the page that opened the sale, when it is inside the app. */
function backHref(): string {
  const back = new URLSearchParams(location.search).get('back');
  return back && back.startsWith('/') && !back.startsWith('//') ? back : '/production';
}

export function SalePage({ saleId }: { saleId: string }) {
  const [sale, setSale] = useState<Sale | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    productionApi.getSale(saleId).then((r) => setSale(r.sale), setError);
  }, [saleId]);
  if (!sale) return <section class="card">{error ? <ErrorSummary error={error} /> : <p class="loading">{t('app.loading')}</p>}</section>;
  return (
    <section class="card production">
      <p><a href={backHref()} onClick={onLinkClick}>{t('production.back')}</a></p>
      <h1>{t('sale.title', { date: sale.sold_on })}</h1>
      <p class="notice" role="status">{t('sale.saved')}</p>
      <h2>{sale.buyer.name}</h2>
      <BuyerFacts buyer={sale.buyer} />
      <dl>
        <div><dt>{t('sale.kind')}</dt><dd>{t(SALE_KIND_LABELS[sale.kind])}</dd></div>
        <div><dt>{t('sale.weight')}</dt><dd>{formatNumber(sale.weight_kg)} kg</dd></div>
        {sale.grade_g_per_t !== null && <div><dt>{t('sale.grade')}</dt><dd>{formatNumber(sale.grade_g_per_t)}</dd></div>}
        {sale.recovery !== null && <div><dt>{t('sale.recovery')}</dt><dd>{formatNumber(sale.recovery)}</dd></div>}
        {sale.receipt_number && <div><dt>{t('sale.receipt')}</dt><dd>{sale.receipt_number}</dd></div>}
      </dl>
      <FairValueBox value={sale.fair_value} price={sale.price} />
    </section>
  );
}
