/**
 * `/trainings`: the programmes with their modules, completion rule and counts. Coordinators and
 * leaders may load the network's programmes shipped with Pallay (loading again only updates
 * them); report readers get a link to the reach report.
 */
import { useEffect, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { trainingsApi, type Programme } from './trainings-api.ts';

export const percent = (share: number) => `${Math.round(share * 100)} %`;

export function ProgrammesPage({ canManage, canReport }: { canManage: boolean; canReport: boolean }) {
  const [programmes, setProgrammes] = useState<Programme[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const reload = () => trainingsApi.programmes().then((l) => setProgrammes(l.items), setError);
  useEffect(() => void reload(), []);

  const loadTemplates = async () => {
    setIsBusy(true);
    setError(null);
    try {
      const loaded = await trainingsApi.loadTemplates();
      setNotice(t('training.templatesLoaded', { created: loaded.created, updated: loaded.updated }));
      await reload();
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section class="card">
      <h1>{t('training.title')}</h1>
      <p>{t('training.intro')}</p>
      {canReport && <p><a href="/trainings/reports" onClick={onLinkClick}>{t('training.reportsLink')}</a></p>}
      {canManage && <p><button type="button" onClick={loadTemplates} disabled={isBusy}>{t('training.loadTemplates')}</button></p>}
      {notice && <p class="alert" role="status">{notice}</p>}
      <ErrorSummary error={error} />
      {programmes === null ? <p class="loading">{t('app.loading')}</p> : programmes.length === 0 ? <p>{t('training.none')}</p> : (
        <ul class="training-list" data-testid="programmes">
          {programmes.map((p) => (
            <li key={p.id}>
              <a href={`/trainings/programmes/${p.id}`} onClick={onLinkClick}><strong>{p.name}</strong></a>
              <br />
              <small>{t('training.modulesCount', { count: p.modules.length, enrolled: p.enrolled, certified: p.certified })}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
