/**
 * The reference prices screen (`/prices`): the latest gold prices and exchange rates the fair
 * value is computed with, each with its date (a day or a monthly average) and source, and for
 * admins and coordinators a form to enter one day's figures. Everyone signed in may read it:
 * a woman should see which price her sale was measured against. Brings its own catalog part.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Items, SessionUser } from '../api/types.ts';
import type { PriceInput, PriceOutput, PriceSeries } from '../../src/contracts/production.ts';
import { addCatalogPart, getLanguage, t } from '../i18n/i18n.ts';
import { pricesPart } from '../i18n/prices-part.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, Notice, TextField } from '../ui/form.tsx';
import { addProblemTexts } from '../ui/problem-text.ts';
import { parseNumber, peruToday } from './format.ts';
import { request } from './production-api.ts';

addCatalogPart(pricesPart);
addProblemTexts({ 'price.one_required': 'prices.oneRequired', 'date:date.in_future': 'prices.notFuture' });

const FIELDS = ['date', 'usd_per_oz', 'pen_per_usd', 'source'];
const SHOWN = 6;
const listOf = (series: PriceSeries) => request<Items<PriceOutput>>('GET', `/api/prices?series=${series}&limit=${SHOWN}`);
/** An exchange rate needs its fourth decimal (3.4046); a gold price its céntimos. */
const valueText = (p: PriceOutput) => new Intl.NumberFormat('es-PE', { maximumFractionDigits: p.series === 'pen_per_usd' ? 4 : 2 }).format(p.value);
/** "junio de 2026": a month in the reader's language (Intl knows no Quechua or Aymara, so those read Spanish). */
const monthText = (date: string) =>
  new Intl.DateTimeFormat(getLanguage() === 'en' ? 'en' : 'es-PE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

function PriceList({ title, items }: { title: string; items: PriceOutput[] | null }) {
  return (
    <section>
      <h2>{title}</h2>
      {items === null ? <p class="loading">{t('app.loading')}</p> : items.length === 0 ? <p>{t('prices.none')}</p> : (
        <ul class="list">
          {items.map((p) => (
            <li class="item" key={p.date}>
              <strong>{valueText(p)}</strong>
              <span>{p.period === 'month' ? t('prices.monthly', { month: monthText(p.date) }) : t('prices.daily', { date: p.date })}</span>
              <span class="muted">{p.source}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PriceForm({ onSaved }: { onSaved: (date: string) => void }) {
  const [draft, setDraft] = useState({ date: peruToday(), gold: '', fx: '', source: '' });
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const errors = fieldErrors(error);

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      const input: PriceInput = { date: draft.date, usd_per_oz: parseNumber(draft.gold), pen_per_usd: parseNumber(draft.fx), source: draft.source };
      await request('POST', '/api/prices', input);
      setDraft({ ...draft, gold: '', fx: '' });
      onSaved(draft.date);
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2>{t('prices.enterTitle')}</h2>
      <ErrorSummary error={error} fields={FIELDS} />
      <TextField name="date" type="date" label={t('prices.date')} value={draft.date} onInput={set('date')} error={errors.date} isRequired />
      <TextField name="usd_per_oz" label={t('prices.goldField')} hint={t('prices.goldHint')} inputMode="text" value={draft.gold} onInput={set('gold')} error={errors.usd_per_oz} />
      <TextField name="pen_per_usd" label={t('prices.fxField')} hint={t('prices.fxHint')} inputMode="text" value={draft.fx} onInput={set('fx')} error={errors.pen_per_usd} />
      <TextField name="source" label={t('prices.source')} hint={t('prices.sourceHint')} value={draft.source} onInput={set('source')} error={errors.source} maxLength={200} isRequired />
      <button type="submit" disabled={isBusy}>{t('prices.save')}</button>
    </form>
  );
}

export function PricesPage({ user }: { user: SessionUser }) {
  const [gold, setGold] = useState<PriceOutput[] | null>(null);
  const [fx, setFx] = useState<PriceOutput[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const canWrite = user.role === 'admin' || user.role === 'coordinator';
  const load = () => {
    listOf('gold_usd_per_oz').then((r) => setGold(r.items), setError);
    listOf('pen_per_usd').then((r) => setFx(r.items), setError);
  };
  useEffect(load, []);

  return (
    <section class="card production">
      <h1>{t('prices.title')}</h1>
      <p>{t('prices.intro')}</p>
      <p class="muted">{t('prices.caveat')}</p>
      <ErrorSummary error={error} />
      <Notice text={saved && t('prices.saved', { date: saved })} />
      <PriceList title={t('prices.gold')} items={gold} />
      <PriceList title={t('prices.fx')} items={fx} />
      {canWrite && <PriceForm onSaved={(date) => { setSaved(date); load(); }} />}
    </section>
  );
}
