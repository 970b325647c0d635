/**
 * The nearest help services to a mining site, on the site's page (a lazily loaded panel, so the
 * registry chunk does not carry it): measured from the site's coordinates, else from its
 * district's capital (the server decides, GET /api/services/nearest?site_id=); Línea 100 is
 * always first. Sites are not public, so this call goes with the signed-in session.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { ServiceCard, type NearestService } from './service-card.tsx';

type State = { kind: 'loading' } | { kind: 'done'; items: NearestService[] } | { kind: 'unlocated' } | { kind: 'failed' };

async function nearestToSite(siteId: string): Promise<NearestService[] | 'unlocated'> {
  const res = await fetch(`/api/services/nearest?site_id=${encodeURIComponent(siteId)}&limit=5`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (res.status === 400) return 'unlocated';
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { items: NearestService[] }).items;
}

export interface SiteNearestProps {
  siteId: string;
  hasCoordinates: boolean;
}

export function SiteNearest({ siteId, hasCoordinates }: SiteNearestProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    setState({ kind: 'loading' });
    nearestToSite(siteId).then(
      (found) => setState(found === 'unlocated' ? { kind: 'unlocated' } : { kind: 'done', items: found }),
      () => setState({ kind: 'failed' }),
    );
  }, [siteId, hasCoordinates]);
  return (
    <section data-testid="site-nearest">
      <h2>{t('services.nearestTitle')}</h2>
      {state.kind === 'loading' && <p class="loading">{t('app.loading')}</p>}
      {state.kind === 'failed' && <p role="alert">{t('error.network')}</p>}
      {state.kind === 'unlocated' && <p>{t('services.nearestUnlocated')}</p>}
      {state.kind === 'done' && (
        <>
          <p class="muted">{t(hasCoordinates ? 'services.nearestFromSite' : 'services.nearestFromDistrict')}</p>
          <ul class="service-list">
            {state.items.map((s) => <ServiceCard key={s.id} s={s} />)}
          </ul>
          {state.items.every((s) => s.kind === 'line_100') && <p>{t('services.nearestNone')}</p>}
        </>
      )}
    </section>
  );
}
