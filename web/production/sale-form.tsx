/**
 * Record a sale on a phone (`/production/people/:id/sales/new`): which lots (or part of them),
 * the buyer with its RECPO registration and mercury-free flag, the date, the assay grade with
 * the recovery rate or the fine gold grams, the deductions and what was paid. While she types,
 * the fair value is computed here with the price of the sale's date, so she sees the reference
 * value, the 95% floor and the discount before she saves; the server stores its own on save.
 * With no signal, her lots (with those recorded on the phone), the buyers and the price come
 * from the phone (web/offline/field-sale-data.ts) and the sale is kept in the outbox.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import type { Organisation } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { problemText } from '../ui/problem-text.ts';
import { isNoAnswer, isOffline, pathAfterKept, queueSale } from '../offline/field-queue.ts';
import { keptBuyers, keptLotsOf, keptPriceOn } from '../offline/field-sale-data.ts';
import { uuidv7 } from '../offline/uuidv7.ts';
import { BuyerFacts } from './buyer-facts.tsx';
import { FairValueBox } from './fair-value-box.tsx';
import { formatNumber, parseNumber, peruToday } from './format.ts';
import { SALE_KIND_LABELS } from './labels.ts';
import { liveFairValue } from './live-fair-value.ts';
import { productionApi, type Lot, type Price } from './production-api.ts';

const FIELDS = ['sold_on', 'buyer_organisation_id', 'kind', 'weight_kg', 'lot_id', 'grade_g_per_t', 'recovery', 'fine_gold_g',
  'processing_fee_pen_per_t', 'transport_pen', 'other_deductions_pen', 'paid_pen', 'receipt_number', 'confirm_high_grade'];
const EMPTY = { soldOn: peruToday(), buyer: '', kind: 'ore_to_plant', way: 'grade', grade: '', recovery: '', fineGold: '', fee: '', transport: '', other: '', paid: '', receipt: '', confirm: false };
type Draft = typeof EMPTY;

/** The price of the sale's date: loading, known, or none (no series yet, or the prices route unreachable). */
function usePriceOn(date: string): Price | null | 'none' {
  const [price, setPrice] = useState<Price | null | 'none'>(null);
  useEffect(() => {
    let isCurrent = true;
    setPrice(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    const ask = isOffline() ? keptPriceOn(date) : productionApi.priceOn(date).catch((err: unknown) => (isNoAnswer(err) ? keptPriceOn(date) : Promise.reject(err)));
    ask.then((p) => isCurrent && setPrice(p), () => isCurrent && setPrice('none'));
    return () => { isCurrent = false; };
  }, [date]);
  return price;
}

/** Online from the server; with no signal (or no answer) from the phone's working set and outbox. */
const orOnPhone = <T,>(ask: () => Promise<T>, onPhone: () => Promise<T>) =>
  isOffline() ? onPhone() : ask().catch((err: unknown) => (isNoAnswer(err) ? onPhone() : Promise.reject(err)));

export function SaleForm({ personId, owner, backHref }: { personId: string; owner: string; backHref: string }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [lots, setLots] = useState<Lot[] | null>(null);
  const [portions, setPortions] = useState<Record<string, string>>({});
  const [buyers, setBuyers] = useState<Organisation[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const newId = useRef(uuidv7());
  const price = usePriceOn(draft.soldOn);
  useEffect(() => {
    orOnPhone(async () => (await productionApi.listLots(personId)).items, () => keptLotsOf(owner, personId)).then((l) => setLots(l.filter((lot) => lot.status !== 'sold')), setError);
    orOnPhone(() => productionApi.listBuyers(), keptBuyers).then(setBuyers, setError);
  }, [personId]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });

  const chosen = (lots ?? []).map((lot) => ({ lot, kg: parseNumber(portions[lot.id] ?? '') })).filter((p) => p.kg !== null && p.kg > 0);
  const weightKg = chosen.reduce((sum, p) => sum + (p.kg ?? 0), 0);
  const byGrade = draft.way === 'grade';
  const grade = byGrade ? parseNumber(draft.grade) : null;
  const figures = {
    weightKg, gradeGPerT: grade, recovery: byGrade ? parseNumber(draft.recovery) : null, fineGoldG: byGrade ? null : parseNumber(draft.fineGold),
    processingPenPerTonne: parseNumber(draft.fee), transportPen: parseNumber(draft.transport), otherPen: parseNumber(draft.other), paidPen: parseNumber(draft.paid),
  };
  const live = typeof price === 'object' && price ? liveFairValue(figures, price) : null;
  const buyer = buyers.find((b) => b.id === draft.buyer);

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    const body = {
      id: newId.current, sold_on: draft.soldOn, buyer_organisation_id: draft.buyer, kind: draft.kind as 'ore_to_plant',
      lots: chosen.map((p) => ({ lot_id: p.lot.id, weight_kg: p.kg! })), grade_g_per_t: figures.gradeGPerT, recovery: figures.recovery,
      fine_gold_g: figures.fineGoldG, confirm_high_grade: draft.confirm, processing_fee_pen_per_t: figures.processingPenPerTonne,
      transport_pen: figures.transportPen, other_deductions_pen: figures.otherPen, paid_pen: figures.paidPen ?? 0, receipt_number: draft.receipt.trim() || null,
    };
    // With no signal the sale goes to the phone's outbox with the same id (the server checks it when it arrives).
    const keepOnPhone = () => queueSale(owner, body).then(() => navigate(pathAfterKept()), setError);
    try {
      if (isOffline()) return await keepOnPhone();
      const { sale } = await productionApi.recordSale(body);
      navigate(`/production/sales/${sale.id}?back=${encodeURIComponent(backHref)}`);
    } catch (err) {
      if (isNoAnswer(err)) await keepOnPhone();
      else setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  const problems = fieldErrors(error);
  const lotProblem = (i: number) => (error instanceof ApiError ? error.details.filter((d) => d.path.startsWith(`lots.${i}.`)).map(problemText).join(' ') : '');
  const money = (name: string, key: keyof Draft, label: string) => (
    <TextField name={name} label={label} inputMode="numeric" value={draft[key] as string} onInput={(v) => set(key, v)} error={problems[name]} autoComplete="off" />
  );
  return (
    <section class="card production">
      <h1>{t('sale.new')}</h1>
      <form onSubmit={submit} noValidate>
        <TextField name="sold_on" type="date" label={t('sale.soldOn')} value={draft.soldOn} onInput={(v) => set('soldOn', v)} error={problems.sold_on} isRequired />
        <fieldset>
          <legend>{t('sale.lots')}</legend>
          {lots && lots.length === 0 && <p>{t('sale.noLots')}</p>}
          {(lots ?? []).map((lot) => {
            const index = chosen.findIndex((p) => p.lot.id === lot.id);
            return (
              <TextField key={lot.id} name={`lot-${lot.id}`} inputMode="numeric" value={portions[lot.id] ?? ''} autoComplete="off"
                label={t('sale.lotPortion', { from: lot.season_from, left: formatNumber(Math.round((lot.weight_kg - lot.sold_kg) * 1000) / 1000) })}
                onInput={(v) => setPortions({ ...portions, [lot.id]: v })} error={index >= 0 ? lotProblem(index) || undefined : undefined} />
            );
          })}
        </fieldset>
        <SelectField name="buyer_organisation_id" label={t('sale.buyer')} value={draft.buyer} onChange={(v) => set('buyer', v)} error={problems.buyer_organisation_id}>
          <option value="">{t('sale.chooseBuyer')}</option>
          {buyers.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
        </SelectField>
        {buyer && <BuyerFacts buyer={{ kind: buyer.kind, recpo_registered: Boolean(buyer.recpo_code), mercury_free: buyer.mercury_free }} />}
        <SelectField name="kind" label={t('sale.kind')} value={draft.kind} onChange={(v) => set('kind', v)} error={problems.kind}>
          {Object.entries(SALE_KIND_LABELS).map(([kind, label]) => <option key={kind} value={kind}>{t(label)}</option>)}
        </SelectField>
        <SelectField name="way" label={t('sale.goldWay')} value={draft.way} onChange={(v) => set('way', v)}>
          <option value="grade">{t('sale.way.grade')}</option>
          <option value="fine">{t('sale.way.fine')}</option>
        </SelectField>
        {byGrade ? (
          <>
            {money('grade_g_per_t', 'grade', t('sale.grade'))}
            {grade !== null && grade > 1000 && (
              <label class="choice">
                <input type="checkbox" name="confirm_high_grade" checked={draft.confirm} onChange={(e) => set('confirm', e.currentTarget.checked)} />
                <span>{t('lot.confirmHighGrade', { grade: formatNumber(grade) })}</span>
              </label>
            )}
            <TextField name="recovery" label={t('sale.recovery')} hint={t('sale.recoveryHint')} inputMode="numeric" value={draft.recovery}
              onInput={(v) => set('recovery', v)} error={problems.recovery} autoComplete="off" />
          </>
        ) : money('fine_gold_g', 'fineGold', t('sale.fineGold'))}
        {money('processing_fee_pen_per_t', 'fee', t('sale.fee'))}
        {money('transport_pen', 'transport', t('sale.transport'))}
        {money('other_deductions_pen', 'other', t('sale.otherDeductions'))}
        {money('paid_pen', 'paid', t('sale.paid'))}
        <TextField name="receipt_number" label={t('sale.receipt')} value={draft.receipt} onInput={(v) => set('receipt', v)} error={problems.receipt_number} autoComplete="off" maxLength={40} />
        {price === 'none' && <p class="alert">{t('fv.noPrice')}</p>}
        {live && typeof price === 'object' && price && <FairValueBox value={live} price={price} />}
        <ErrorSummary error={error} fields={FIELDS} />
        <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('form.saving') : t('sale.save')}</button>
      </form>
    </section>
  );
}
