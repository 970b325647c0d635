/**
 * A woman's production: her ore lots and her sales, each sale with what she was paid against
 * the net reference value and a clear mark when the buyer paid more than the threshold below
 * it. Rendered on her person page (registry chunk) and as a member's own `/production` page;
 * it adds the production texts itself, so it works whichever chunk loaded it.
 */
import { useEffect, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { productionPart } from '../i18n/production-part.ts';
import { addProblemTexts } from '../ui/problem-text.ts';
import { formatNumber, formatPercent, formatSoles } from './format.ts';
import { LOT_STATUS_LABELS } from './labels.ts';
import { PRODUCTION_PROBLEM_TEXTS } from './problem-texts.ts';
import { productionApi, type Lot, type Sale } from './production-api.ts';
import './production.css';

addCatalogPart(productionPart);
addProblemTexts(PRODUCTION_PROBLEM_TEXTS);

interface Props {
  /** Her person id; the member's own ledger when she opens `/production`. */
  personId: string;
  canWrite: boolean;
  /** Where the sale page's back link returns. */
  backHref: string;
}

export function PersonProduction({ personId, canWrite, backHref }: Props) {
  const [ledger, setLedger] = useState<{ lots: Lot[]; sales: Sale[] } | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    Promise.all([productionApi.listLots(personId), productionApi.listSales(personId)])
      .then(([lots, sales]) => setLedger({ lots: lots.items, sales: sales.items }), () => setHasFailed(true));
  }, [personId]);
  const flagged = ledger?.sales.filter((s) => s.fair_value.flagged).length ?? 0;
  return (
    <section class="production-section" aria-labelledby="production-title">
      <h2 id="production-title">{t('production.title')}</h2>
      {canWrite && (
        <p class="actions">
          <a class="button" href={`/production/people/${personId}/lots/new`} onClick={onLinkClick}>{t('lot.new')}</a>{' '}
          <a class="button" href={`/production/people/${personId}/sales/new`} onClick={onLinkClick}>{t('sale.new')}</a>{' '}
          <a class="button secondary" href={`/production/people/${personId}/statements`} onClick={onLinkClick}>{t('production.statements')}</a>
        </p>
      )}
      {hasFailed && <p>{t('production.unavailable')}</p>}
      {!ledger && !hasFailed && <p class="loading">{t('app.loading')}</p>}
      {ledger && (
        <>
          {flagged > 0 && <p class="alert flagged">{t('production.flaggedCount', { count: flagged })}</p>}
          <h3>{t('production.sales')}</h3>
          {ledger.sales.length === 0 ? <p>{t('production.noSales')}</p> : (
            <ul class="ledger" data-testid="sales-list">
              {ledger.sales.map((s) => (
                <li key={s.id} class={s.fair_value.flagged ? 'flagged' : undefined}>
                  <a href={`/production/sales/${s.id}?back=${encodeURIComponent(backHref)}`} onClick={onLinkClick}>{s.sold_on} · {s.buyer.name}</a>
                  <br />
                  {t('production.salePaid', { paid: formatSoles(s.fair_value.paid_pen ?? 0), net: formatSoles(s.fair_value.net_reference_pen) })}
                  {s.fair_value.discount !== null && s.fair_value.flagged && <strong> · {t('production.saleFlagged', { discount: formatPercent(s.fair_value.discount) })}</strong>}
                </li>
              ))}
            </ul>
          )}
          <h3>{t('production.lots')}</h3>
          {ledger.lots.length === 0 ? <p>{t('production.noLots')}</p> : (
            <ul class="ledger" data-testid="lots-list">
              {ledger.lots.map((l) => (
                <li key={l.id}>
                  {l.season_from}{l.season_to ? ` – ${l.season_to}` : ''} · {formatNumber(l.weight_kg)} kg{l.weight_estimated ? ` (${t('production.estimated')})` : ''}
                  {l.grade_g_per_t !== null ? ` · ${formatNumber(l.grade_g_per_t)} g/t` : ''} · {t(LOT_STATUS_LABELS[l.status])}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
