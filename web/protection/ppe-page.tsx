/**
 * The equipment screen (`/ppe`) for promoters, leaders and coordinators on a phone: pick the
 * organisation (hers by default), see received / handed out / left per item, record stock
 * received, hand equipment to a person, and see the latest hand-outs; stock and every hand-out
 * download as CSV/Excel. "Who lacks what" is linked.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Organisation, SessionUser } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { DownloadLinks } from '../ui/download-links.tsx';
import { ErrorSummary, Notice, SelectField } from '../ui/form.tsx';
import { DistributeForm, ReceiveForm } from './ppe-forms.tsx';
import { protectionApi, type DistributionOutput, type PpeItem, type StockList } from './protection-api.ts';

function StockTable({ stock }: { stock: StockList }) {
  return (
    <table class="report" data-testid="stock">
      <thead><tr><th>{t('ppe.item')}</th><th>{t('ppe.received')}</th><th>{t('ppe.distributed')}</th><th>{t('ppe.onHand')}</th></tr></thead>
      <tbody>
        {stock.items.map((row) => (
          <tr key={row.item_id} data-item={row.item_key ?? row.item_id}><td>{row.item_name}</td><td>{row.received}</td><td>{row.distributed}</td><td><strong>{row.on_hand}</strong></td></tr>
        ))}
      </tbody>
    </table>
  );
}

export function PpePage({ user }: { user: SessionUser }) {
  const [organisations, setOrganisations] = useState<Organisation[] | null>(null);
  const [organisationId, setOrganisationId] = useState(user.organisation_id ?? '');
  const [items, setItems] = useState<PpeItem[]>([]);
  const [stock, setStock] = useState<StockList | null>(null);
  const [history, setHistory] = useState<DistributionOutput[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    protectionApi.items().then((r) => setItems(r.items), setError);
    protectionApi.organisations().then((r) => {
      setOrganisations(r.items);
      if (!organisationId && r.items[0]) setOrganisationId(r.items[0].id);
    }, setError);
  }, []);
  const load = () => {
    if (!organisationId) return;
    protectionApi.stock(organisationId).then(setStock, setError);
    protectionApi.distributions(organisationId).then((r) => setHistory(r.items.slice(0, 10)), setError);
  };
  useEffect(load, [organisationId]);

  return (
    <section class="card protection">
      <h1>{t('ppe.title')}</h1>
      <p>{t('ppe.intro')} <a href="/ppe/lacking" onClick={onLinkClick}>{t('ppe.lackingLink')}</a></p>
      <ErrorSummary error={error} />
      {organisations && organisations.length > 1 && (
        <SelectField name="organisation_id" label={t('ppe.organisation')} value={organisationId} onChange={(v) => { setNotice(null); setOrganisationId(v); }}>
          {organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </SelectField>
      )}
      <Notice text={notice} />
      <h2>{t('ppe.stock')}</h2>
      {stock ? <StockTable stock={stock} /> : <p class="loading">{t('app.loading')}</p>}
      {stock && <DownloadLinks path={protectionApi.stockPath(organisationId)} csvLabel={t('ppe.csv')} xlsxLabel={t('ppe.xlsx')} testId="stock-downloads" />}
      {organisationId && items.length > 0 && (
        <>
          <DistributeForm key={`d-${organisationId}`} organisationId={organisationId} items={items} onSaved={(name) => { setNotice(t('ppe.distributed.saved', { name })); load(); }} />
          <ReceiveForm key={`r-${organisationId}`} organisationId={organisationId} items={items} onSaved={() => { setNotice(t('ppe.received.saved')); load(); }} />
        </>
      )}
      <h2>{t('ppe.history')}</h2>
      {organisationId && <DownloadLinks path={protectionApi.distributionsPath(organisationId)} csvLabel={t('ppe.csv')} xlsxLabel={t('ppe.xlsx')} testId="distributions-downloads" />}
      {history.length === 0 ? <p>{t('ppe.none')}</p> : (
        <ul class="list">
          {history.map((d) => (
            <li class="item" key={d.id}>
              <strong>{d.person_name}</strong> <span class="muted">{d.distributed_on}</span>
              <span>{d.items.map((i) => `${i.quantity} × ${i.item_name}`).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
