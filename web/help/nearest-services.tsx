/**
 * "Where to get help nearby": pick a district by name or use the phone's position
 * (navigator.geolocation, asked only when she presses the button), then the nearest services
 * with a call button each. Línea 100 is always in the answer; if anything fails, the page says
 * to call it. The position is sent once to this server and kept nowhere.
 * Offline (or when the server cannot be reached) the directory saved on the phone answers
 * instead (saved-directory.ts): ranked from her position, or searched by the name of a service
 * or a place, and the page says the list is the saved one.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { keepLoadedAssetsOffline } from '../offline/keep-offline.ts';
import { ServiceCard } from '../services/service-card.tsx';
import { findDistricts, findNearest, type NearestService, type Origin, type PlaceOutput } from './help-api.ts';
import { findSaved, rankSaved, saveDirectory, savedDirectory } from './saved-directory.ts';

type State =
  | { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed'; text: MessageKey }
  | { kind: 'done'; items: NearestService[]; isSaved: boolean };

const isOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;
const failed: State = { kind: 'failed', text: 'help.services.error' };

/** The saved directory's answer, or a failure that says to call Línea 100. */
async function fromSaved(answer: (points: NonNullable<Awaited<ReturnType<typeof savedDirectory>>>) => NearestService[]): Promise<State> {
  const points = await savedDirectory();
  return points ? { kind: 'done', items: answer(points), isSaved: true } : failed;
}

export function NearestServices() {
  const [query, setQuery] = useState('');
  const [districts, setDistricts] = useState<PlaceOutput[]>([]);
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    if (isOffline()) return;
    void saveDirectory();
    keepLoadedAssetsOffline();
  }, []);

  const load = (origin: Origin) => {
    setState({ kind: 'loading' });
    const offline = () => ('lat' in origin ? fromSaved((points) => rankSaved(points, origin)) : Promise.resolve(failed));
    if (isOffline()) return void offline().then(setState);
    findNearest(origin).then((items) => setState({ kind: 'done', items, isSaved: false }), () => offline().then(setState));
  };
  const search = (q: string) => {
    setQuery(q);
    if (q.trim().length < 3) return setDistricts([]);
    if (isOffline()) return void fromSaved((points) => findSaved(points, q)).then(setState);
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
      <p class="help-lead">{t(isOffline() ? 'help.services.offline' : 'help.services.intro')}</p>
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
      {state.kind === 'done' && state.isSaved && <p role="status">{t('help.services.saved')}</p>}
      {state.kind === 'done' && (
        <ul class="service-list">
          {state.items.filter((s) => s.kind !== 'line_100').map((s) => <ServiceCard key={s.id} s={s} />)}
        </ul>
      )}
      {state.kind === 'done' && state.items.every((s) => s.kind === 'line_100') && <p>{t('help.services.none')}</p>}
    </section>
  );
}
