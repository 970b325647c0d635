/**
 * What her gold is worth against the international price, shown the same way while she types
 * a sale (computed in the browser by the shared pure formula) and on a recorded sale (the
 * values the server stored): the prices and their dates, a warning when they are stale, the
 * reference and net reference value, the 95% floor, what was paid and the discount, marked
 * when the buyer paid more than the threshold below the reference.
 */
import type { Sale } from './production-api.ts';
import { t } from '../i18n/i18n.ts';
import { formatNumber, formatPercent, formatSoles } from './format.ts';

export type FairValueShown = Sale['fair_value'];
export type PriceShown = Sale['price'];

export function PriceLine({ price }: { price: PriceShown }) {
  return (
    <>
      <p class="price-line">
        {t('fv.gold', { value: formatNumber(price.gold_usd_per_oz), date: price.gold_price_date })}
        <br />
        {t('fv.fx', { value: formatNumber(price.pen_per_usd), date: price.pen_per_usd_date })}
      </p>
      {price.stale && <p class="alert" role="status">{t('fv.stale')}</p>}
    </>
  );
}

export function FairValueBox({ value, price }: { value: FairValueShown; price: PriceShown }) {
  const rows: [string, string][] = [
    [t('fv.fineGold'), `${formatNumber(value.fine_gold_g)} g`],
    [t('fv.reference'), formatSoles(value.reference_value_pen)],
    [t('fv.deductions'), formatSoles(value.deductions_pen)],
    [t('fv.netReference'), formatSoles(value.net_reference_pen)],
    [t('fv.floor95'), formatSoles(value.floor_95_pen)],
  ];
  if (value.paid_pen !== null) rows.push([t('fv.paid'), formatSoles(value.paid_pen)]);
  return (
    <section class="fair-value" aria-live="polite" aria-labelledby="fv-title">
      <h2 id="fv-title">{t('fv.title')}</h2>
      <PriceLine price={price} />
      <dl>
        {rows.map(([label, text]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      {value.discount !== null && (
        <p class={value.flagged ? 'alert flagged' : 'notice'} data-testid="fv-verdict">
          {value.flagged
            ? t('fv.flagged', { discount: formatPercent(value.discount) })
            : value.discount > 0
              ? t('fv.below', { discount: formatPercent(value.discount) })
              : t('fv.atOrAbove')}
        </p>
      )}
    </section>
  );
}
