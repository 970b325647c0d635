/**
 * Record an ore lot on a phone (`/production/people/:id/lots/new`): the season, the bags and,
 * when it was weighed, the weight (without it the weight is estimated, about 15 bags to the
 * tonne, and the form shows the estimate as she types), the estimated grade and the site. A
 * grade above 1,000 g/t asks her to confirm it. The id is made here, so a resend records once.
 * With no signal the lot is kept in the phone's outbox (web/offline/field-queue.ts), the sites
 * come from the phone's working set, and the form opens /sync.
 */
import { useRef, useState } from 'preact/hooks';
import { navigate } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { isNoAnswer, isOffline, pathAfterKept, queueLot } from '../offline/field-queue.ts';
import { keptForSignedIn, matchingByName } from '../offline/field-working-set.ts';
import { uuidv7 } from '../offline/uuidv7.ts';
import { formatNumber, parseNumber, peruToday } from './format.ts';
import { LOT_STATUS_LABELS } from './labels.ts';
import { productionApi } from './production-api.ts';

/** The installation's default (1000/15 kg); the server applies its own setting on save. */
const KG_PER_BAG = 1000 / 15;
/** Above this a grade needs confirming (GRADE_CONFIRM_ABOVE in the contracts). */
const GRADE_CONFIRM_ABOVE = 1000;
const FIELDS = ['season_from', 'season_to', 'bags', 'weight_kg', 'grade_g_per_t', 'confirm_high_grade', 'site_id', 'status'];

async function searchSites(text: string): Promise<Choice[]> {
  let items: { id: string; name: string }[];
  try {
    const res = await fetch(`/api/sites?q=${encodeURIComponent(text)}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!res.ok) return [];
    items = ((await res.json()) as { items: { id: string; name: string }[] }).items;
  } catch {
    // No signal: the sites kept on a field phone.
    items = matchingByName(await keptForSignedIn('sites'), text);
  }
  return items.map((s) => ({ value: s.id, label: s.name }));
}

export function LotForm({ personId, owner, backHref }: { personId: string; owner: string; backHref: string }) {
  const [draft, setDraft] = useState({ from: peruToday(), to: '', bags: '', weight: '', grade: '', confirm: false, status: 'selecting' });
  const [site, setSite] = useState<Choice | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const newId = useRef(uuidv7());
  const set = (key: keyof typeof draft, value: string | boolean) => setDraft({ ...draft, [key]: value });

  const bags = parseNumber(draft.bags);
  const weight = parseNumber(draft.weight);
  const grade = parseNumber(draft.grade);
  const estimate = weight === null && bags !== null && bags > 0 ? Math.round(bags * KG_PER_BAG * 10) / 10 : null;

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    const lot = {
      id: newId.current, owner_person_id: personId, season_from: draft.from, season_to: draft.to || null, bags, weight_kg: weight,
      grade_g_per_t: grade, confirm_high_grade: draft.confirm, site_id: site?.value ?? null, status: draft.status as 'selecting' | 'stored',
    };
    // With no signal the lot goes to the phone's outbox with the same id, and her sale can use it at once.
    const keepOnPhone = () => queueLot(owner, lot).then(() => navigate(pathAfterKept()), setError);
    try {
      if (isOffline()) return await keepOnPhone();
      await productionApi.createLot(lot);
      navigate(backHref);
    } catch (err) {
      if (isNoAnswer(err)) await keepOnPhone();
      else setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  const problems = fieldErrors(error);
  return (
    <section class="card production">
      <h1>{t('lot.new')}</h1>
      <form onSubmit={submit} noValidate>
        <TextField name="season_from" type="date" label={t('lot.seasonFrom')} value={draft.from} onInput={(v) => set('from', v)} error={problems.season_from} isRequired />
        <TextField name="season_to" type="date" label={t('lot.seasonTo')} value={draft.to} onInput={(v) => set('to', v)} error={problems.season_to} />
        <TextField name="bags" label={t('lot.bags')} inputMode="numeric" value={draft.bags} onInput={(v) => set('bags', v)} error={problems.bags} autoComplete="off" />
        <TextField name="weight_kg" label={t('lot.weight')} hint={t('lot.weightHint')} inputMode="numeric" value={draft.weight}
          onInput={(v) => set('weight', v)} error={problems.weight_kg} autoComplete="off" />
        {estimate !== null && <p class="notice" data-testid="lot-estimate">{t('lot.estimate', { kg: formatNumber(estimate) })}</p>}
        <TextField name="grade_g_per_t" label={t('lot.grade')} hint={t('lot.gradeHint')} inputMode="numeric" value={draft.grade}
          onInput={(v) => set('grade', v)} error={problems.grade_g_per_t} autoComplete="off" />
        {grade !== null && grade > GRADE_CONFIRM_ABOVE && (
          <label class="choice">
            <input type="checkbox" name="confirm_high_grade" checked={draft.confirm} onChange={(e) => set('confirm', e.currentTarget.checked)} />
            <span>{t('lot.confirmHighGrade', { grade: formatNumber(grade) })}</span>
          </label>
        )}
        <SearchSelect name="site_id" label={t('lot.site')} selected={site} onSelect={setSite} search={searchSites} error={problems.site_id} />
        <SelectField name="status" label={t('lot.status')} value={draft.status} onChange={(v) => set('status', v)} error={problems.status}>
          <option value="selecting">{t(LOT_STATUS_LABELS.selecting)}</option>
          <option value="stored">{t(LOT_STATUS_LABELS.stored)}</option>
        </SelectField>
        <ErrorSummary error={error} fields={FIELDS} />
        <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('form.saving') : t('lot.save')}</button>
      </form>
    </section>
  );
}
