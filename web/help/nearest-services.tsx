/**
 * "Where to get help nearby": pick a district by name or use the phone's position
 * (navigator.geolocation, asked only when she presses the button), then the nearest services
 * with a call button each. Línea 100 is always in the answer; if anything fails, the page says
 * to call it. The position is sent once to this server and kept nowhere.
 */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { ServiceCard } from '../services/service-card.tsx';
import { findDistricts, findNearest, type NearestService, type Origin, type PlaceOutput } from './help-api.ts';

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; text: MessageKey } | { kind: 'done'; items: NearestService[] };

export function NearestServices() {
  const [query, setQuery] = useState('');
  const [districts, setDistricts] = useState<PlaceOutput[]>([]);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const load = (origin: Origin) => {
    setState({ kind: 'loading' });
    findNearest(origin).then((items) => setState({ kind: 'done', items }), () => setState({ kind: 'failed', text: 'help.services.error' }));
  };
  const search = (q: string) => {
    setQuery(q);
    if (q.trim().length < 3) return setDistricts([]);
    findDistricts(q).then(setDistricts, () => setDistricts([]));
  };
  const locate = () => {
    if (!('geolocation' in navigator)) return setState({ kind: 'failed', text: 'help.services.noLocation' });
    setState({ kind: 'loading' });
    navigator.geolocation.getCurrentPosition(
      (pos) => load({ lat: pos.coords.latitude, lon: pos.coords.longitude }),
      () => setState({ kind: 'failed', text: 'help.services.noLocation' }),
      { maximumAge: 600_000, timeout: 15_000 },
    );
  };

  return (
    <section>
      <h1>{t('help.nav.services')}</h1>
      <p class="help-lead">{t('help.services.intro')}</p>
      <button type="button" class="help-button" onClick={locate}>📍 {t('help.services.useLocation')}</button>
      <label for="help-district">{t('help.services.district')}</label>
      <input id="help-district" type="search" autocomplete="off" value={query} placeholder={t('help.services.districtHint')}
        onInput={(e) => search(e.currentTarget.value)} />
      {districts.length > 0 && (
        <ul class="help-districts">
          {districts.map((d) => (
            <li key={d.code}>
              <button type="button" class="link-button" onClick={() => { setDistricts([]); setQuery(d.name); load({ ubigeo: d.code }); }}>
                {d.name} ({d.province}, {d.department})
              </button>
            </li>
          ))}
        </ul>
      )}
      {state.kind === 'loading' && <p class="loading">{t('help.services.locating')}</p>}
      {state.kind === 'failed' && <p role="alert">{t(state.text)}</p>}
      {state.kind === 'done' && (
        <ul class="service-list">
          {state.items.filter((s) => s.kind !== 'line_100').map((s) => <ServiceCard key={s.id} s={s} />)}
        </ul>
      )}
      {state.kind === 'done' && state.items.every((s) => s.kind === 'line_100') && <p>{t('help.services.none')}</p>}
    </section>
  );
}
