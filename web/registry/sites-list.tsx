/**
 * Mining sites (`/sites`): where women select ore, searchable by name, each one tap away from
 * its page with its ore-selection authorisations. Everyone signed in may look; staff who
 * register people (sites.write) may register a site.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SessionUser } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary, Notice, TextField } from '../ui/form.tsx';
import { can } from './access.ts';
import { takeFlash } from './format.ts';
import { usePlaceLabels } from './lookups.ts';
import { registryApi, type Site } from './registry-api.ts';

export function SitesList({ user }: { user: SessionUser }) {
  const [q, setQ] = useState('');
  const [items, setItems] = useState<Site[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [notice] = useState(() => takeFlash());
  const places = usePlaceLabels(items?.map((s) => s.district) ?? []);

  const search = async () => {
    setIsBusy(true);
    setError(null);
    try {
      setItems(await registryApi.listSites({ q: q.trim() || undefined }));
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };
  useEffect(() => void search(), []);

  return (
    <section class="card">
      <h1>{t('site.title')}</h1>
      <Notice text={notice} />
      {can(user.role, 'writeSites') && (
        <p><a class="button" href="/sites/new" onClick={onLinkClick}>{t('site.new')}</a></p>
      )}
      <form role="search" onSubmit={(e) => { e.preventDefault(); void search(); }}>
        <TextField name="q" type="search" label={t('site.search')} value={q} onInput={setQ} autoComplete="off" />
        <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('places.searching') : t('places.search')}</button>
      </form>
      <ErrorSummary error={error} fields={['q']} />
      {items && (
        <div aria-live="polite">
          <p>{items.length === 0 ? t('site.none') : t('places.count', { count: items.length })}</p>
          <ul class="list">
            {items.map((s) => (
              <li key={s.id} class="item">
                <a class="item-title" href={`/sites/${s.id}`} onClick={onLinkClick}>{s.name}</a>
                {s.district && <span class="muted">{places[s.district] ?? s.district}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
