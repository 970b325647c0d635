/**
 * The services directory's admin screen (`/services`, roles with `services.manage`): the list
 * filtered by kind, department and name, a button to add a point and one to correct each. The
 * list is what the public help pages show, so a correction reaches women at once. Confidential
 * (shelter) addresses are never shown because they are never stored.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Place } from '../api/types.ts';
import { t } from '../i18n/i18n.ts';
import { SERVICE_KINDS, kindLabel } from '../services/service-kinds.ts';
import { ErrorSummary, Notice, SelectField, TextField } from '../ui/form.tsx';
import { servicesApi, type ServiceFilter, type ServiceKind, type ServicePointOutput } from './services-api.ts';
import { ServiceForm } from './services-form.tsx';

const PAUSE_MS = 300;

function ServiceRow({ s, onCorrect }: { s: ServicePointOutput; onCorrect: () => void }) {
  return (
    <li class="item" data-service={s.id}>
      <strong>{s.name}</strong>
      <span>{kindLabel(s.kind)}{s.district ? ` · ${s.district}` : ''}</span>
      {s.address && <span class="muted">{s.address}</span>}
      {s.phones.length > 0 && <span>📞 {s.phones.join(', ')}</span>}
      {s.hours && <span class="muted">{s.hours}</span>}
      <span><button type="button" class="link-button" onClick={onCorrect}>{t('servicesAdmin.correct')}</button></span>
    </li>
  );
}

export function ServicesPage() {
  const [filter, setFilter] = useState<ServiceFilter>({ kind: '', department: '', q: '' });
  const [departments, setDepartments] = useState<Place[]>([]);
  const [items, setItems] = useState<ServicePointOutput[] | null>(null);
  const [editing, setEditing] = useState<ServicePointOutput | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    servicesApi.departments().then((r) => setDepartments(r.items), setError);
  }, []);
  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      servicesApi.list(filter).then((r) => isCurrent && setItems(r.items), (err: unknown) => isCurrent && setError(err));
    }, filter.q ? PAUSE_MS : 0);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [filter.kind, filter.department, filter.q, reload]);

  const saved = (point: ServicePointOutput | null) => {
    setNotice(point ? t('servicesAdmin.saved', { name: point.name }) : t('servicesAdmin.noChange'));
    setEditing(null);
    setReload((n) => n + 1);
  };
  const set = (key: keyof ServiceFilter) => (value: string) => setFilter((f) => ({ ...f, [key]: value }));

  return (
    <section class="card protection">
      <h1>{t('servicesAdmin.title')}</h1>
      <p>{t('servicesAdmin.intro')}</p>
      <ErrorSummary error={error} />
      <Notice text={notice} />
      {editing ? (
        <ServiceForm key={editing === 'new' ? 'new' : editing.id} point={editing === 'new' ? null : editing} onSaved={saved} onCancel={() => setEditing(null)} />
      ) : (
        <p><button type="button" onClick={() => { setNotice(null); setEditing('new'); }}>{t('servicesAdmin.add')}</button></p>
      )}
      <SelectField name="filter-kind" label={t('servicesAdmin.kind')} value={filter.kind} onChange={(v) => set('kind')(v as ServiceKind | '')}>
        <option value="">{t('servicesAdmin.anyKind')}</option>
        {SERVICE_KINDS.map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
      </SelectField>
      <SelectField name="filter-department" label={t('servicesAdmin.department')} value={filter.department} onChange={set('department')}>
        <option value="">{t('servicesAdmin.anyDepartment')}</option>
        {departments.map((d) => <option key={d.code} value={d.code}>{d.name}</option>)}
      </SelectField>
      <TextField name="filter-q" type="search" label={t('servicesAdmin.search')} value={filter.q} onInput={set('q')} maxLength={80} />
      {items === null ? <p class="loading">{t('app.loading')}</p> : (
        <>
          <p class="muted" role="status">{t('servicesAdmin.count', { count: items.length })}</p>
          {items.length === 0 && <p>{t('servicesAdmin.none')}</p>}
          <ul class="list" data-testid="services">
            {items.map((s) => <ServiceRow key={s.id} s={s} onCorrect={() => { setNotice(null); setEditing(s); window.scrollTo(0, 0); }} />)}
          </ul>
        </>
      )}
    </section>
  );
}
