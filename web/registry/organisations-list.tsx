/**
 * Organisations (`/organisations`): every association, company, network and institution of the
 * platform, searchable by name and kind, each one tap away from its page with the women's share
 * of its board. Coordinators and administrators may add one.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Organisation, OrganisationKind, SessionUser } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary, Notice, SelectField, TextField } from '../ui/form.tsx';
import { can } from './access.ts';
import { takeFlash } from './format.ts';
import { choicesOf, KIND_LABELS } from './labels.ts';
import { usePlaceLabels } from './lookups.ts';
import { registryApi } from './registry-api.ts';

export function OrganisationsList({ user }: { user: SessionUser }) {
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [items, setItems] = useState<Organisation[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [notice] = useState(() => takeFlash());
  const places = usePlaceLabels(items?.map((o) => o.district) ?? []);

  const search = async () => {
    setIsBusy(true);
    setError(null);
    try {
      setItems(await registryApi.listOrganisations({ q: q.trim() || undefined, kind: kind || undefined }));
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };
  useEffect(() => void search(), []);

  return (
    <section class="card">
      <h1>{t('org.title')}</h1>
      <Notice text={notice} />
      {can(user.role, 'writeOrganisations') && (
        <p><a class="button" href="/organisations/new" onClick={onLinkClick}>{t('org.new')}</a></p>
      )}
      <form role="search" onSubmit={(e) => { e.preventDefault(); void search(); }}>
        <TextField name="q" type="search" label={t('org.search')} value={q} onInput={setQ} autoComplete="off" />
        <SelectField name="kind" label={t('org.kind')} value={kind} onChange={(v) => setKind(v as OrganisationKind | '')}>
          <option value="">{t('org.anyKind')}</option>
          {choicesOf(KIND_LABELS).map((v) => <option key={v} value={v}>{t(KIND_LABELS[v])}</option>)}
        </SelectField>
        <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('places.searching') : t('places.search')}</button>
      </form>
      <ErrorSummary error={error} fields={['q', 'kind']} />
      {items && (
        <div aria-live="polite">
          <p>{items.length === 0 ? t('org.none') : t('places.count', { count: items.length })}</p>
          <ul class="list">
            {items.map((o) => (
              <li key={o.id} class="item">
                <a class="item-title" href={`/organisations/${o.id}`} onClick={onLinkClick}>{o.name}</a>
                <span>{t(KIND_LABELS[o.kind])}</span>
                {o.district && <span class="muted">{places[o.district] ?? o.district}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
