/** The list of action plans (national, regional…), each with its size and a link to its tree; the list downloads as CSV/Excel. */
import { useEffect, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { DownloadLinks } from '../ui/download-links.tsx';
import { ErrorSummary } from '../ui/form.tsx';
import { plansApi, type PlanSummary } from './plans-api.ts';

export function PlansList() {
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    plansApi.list().then((r) => setPlans(r.items), setError);
  }, []);
  return (
    <section class="card plans">
      <h1>{t('plans.title')}</h1>
      <p>{t('plans.intro')}</p>
      <ErrorSummary error={error} />
      {plans === null && !error && <p class="loading">{t('app.loading')}</p>}
      {plans?.length === 0 && <p>{t('plans.none')}</p>}
      <ul class="plan-list">
        {plans?.map((p) => (
          <li key={p.id}>
            <a href={`/plans/${p.id}`} onClick={onLinkClick}>{p.title}</a>
            <p class="hint">{t('plans.counts', { objectives: p.objectives, results: p.results, actions: p.actions, indicators: p.indicators })}</p>
          </li>
        ))}
      </ul>
      {plans && plans.length > 0 && <DownloadLinks path="/api/plans" csvLabel={t('plans.downloadCsv')} xlsxLabel={t('plans.downloadXlsx')} testId="plans-downloads" />}
    </section>
  );
}
