/**
 * "Who lacks what" (`/ppe/lacking`): the people of a profile (pallaqueras first) in the
 * caller's organisations who have not received an item in the last N months (12), with the last
 * time they did, and the same list as CSV or Excel for planning the next hand-out.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { lacksQuery, protectionApi, type LacksReport, type PpeItem } from './protection-api.ts';

const PROFILES: Record<string, MessageKey> = {
  pallaquera: 'ppe.profile.pallaquera', woman_miner: 'ppe.profile.woman_miner', man_miner: 'ppe.profile.man_miner', other: 'ppe.profile.other',
};

export function LackingPage() {
  const [items, setItems] = useState<PpeItem[]>([]);
  const [filter, setFilter] = useState({ item_id: '', profile: 'pallaquera', months: '12' });
  const [report, setReport] = useState<LacksReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const query = { item_id: filter.item_id, profile: filter.profile, months: Number(filter.months) || 12 };
  const show = (event?: Event) => {
    event?.preventDefault();
    if (!query.item_id) return;
    setError(null);
    protectionApi.lacking(query).then(setReport, setError);
  };
  useEffect(() => {
    protectionApi.items().then((r) => {
      setItems(r.items);
      if (r.items[0]) setFilter((f) => ({ ...f, item_id: r.items[0]!.id }));
    }, setError);
  }, []);
  useEffect(() => show(), [filter.item_id, filter.profile]);
  const set = (key: keyof typeof filter) => (value: string) => setFilter({ ...filter, [key]: value });

  return (
    <section class="card protection">
      <h1>{t('ppe.lackingTitle')}</h1>
      <p>{t('ppe.lackingIntro')}</p>
      <form onSubmit={show} noValidate>
        <SelectField name="item_id" label={t('ppe.item')} value={filter.item_id} onChange={set('item_id')}>
          {items.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
        </SelectField>
        <SelectField name="profile" label={t('ppe.profile')} value={filter.profile} onChange={set('profile')}>
          {Object.entries(PROFILES).map(([value, key]) => <option key={value} value={value}>{t(key)}</option>)}
        </SelectField>
        <TextField name="months" label={t('ppe.months')} inputMode="numeric" value={filter.months} onInput={set('months')} />
        <button type="submit">{t('ppe.show')}</button>
      </form>
      <ErrorSummary error={error} />
      {report && (
        <>
          <p data-testid="lacking-count">{t('ppe.lackingCount', { count: report.items.length, item: report.item_name, since: report.since })}</p>
          <p>
            <a href={`/api/ppe/lacking?${lacksQuery(query, 'csv')}`} download>{t('ppe.csv')}</a> ·{' '}
            <a href={`/api/ppe/lacking?${lacksQuery(query, 'xlsx')}`} download>{t('ppe.xlsx')}</a>
          </p>
          <ul class="list" data-testid="lacking">
            {report.items.map((p) => (
              <li class="item" key={p.person_id}>
                <strong>{p.name}</strong>
                <span class="muted">{p.last_received_on ? t('ppe.lastReceived', { date: p.last_received_on }) : t('ppe.never')}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
