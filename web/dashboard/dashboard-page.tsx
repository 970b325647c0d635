/**
 * The indicators dashboard (`/dashboard`): pick the data (a stored survey or the registry), an
 * indicator and a disaggregation; the page asks POST /api/indicators for the split groups, the
 * total and the groups by region (for the map) and shows them beside the study baseline. A
 * newer choice overrides an answer still on its way, so the screen never shows a stale mix.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import indicatorMap from '../../data/study/indicator-map.json';
import type { Baseline } from '../../src/contracts/indicator-queries.ts';
import { getLanguage, t } from '../i18n/i18n.ts';
import { ErrorSummary, SelectField } from '../ui/form.tsx';
import { baselineValues } from './baseline-view.ts';
import { chartRows } from './chart-rows.ts';
import { DEPARTMENTS } from './choropleth.tsx';
import { dashboardApi, type FormSummary, type Query } from './dashboard-api.ts';
import { regionQuestion, surveyDisaggregations, surveyIndicators, type Disaggregation, type Form, type IndicatorOption } from './indicator-options.ts';
import { registryDisaggregations, registryIndicators } from './registry-options.ts';
import { ResultsView, type Results } from './results-view.tsx';

/** Groups under this many people are hidden (the engine's default, sent explicitly). */
export const MIN_GROUP = 5;
const REGISTRY = 'registry';
const links = indicatorMap.links;

interface Choices {
  indicators: IndicatorOption[];
  splits: Disaggregation[];
  region: string | null;
}

function choicesFor(source: string, form: Form | null): Choices {
  if (source === REGISTRY) return { indicators: registryIndicators(), splits: registryDisaggregations(), region: 'region' };
  if (!form) return { indicators: [], splits: [], region: null };
  const lang = getLanguage();
  return { indicators: surveyIndicators(form, links, lang), splits: surveyDisaggregations(form, lang), region: regionQuestion(form, DEPARTMENTS) };
}

async function measure(opts: { source: string; option: IndicatorOption; by: string; choices: Choices; baseline: Baseline }): Promise<Results> {
  const { source, option, by, choices, baseline } = opts;
  const ask = (groups: string[]) => dashboardApi.indicators({
    source: source === REGISTRY ? { registry: true } : { form_id: source },
    spec: { suppress_below: MIN_GROUP, indicators: [option.spec] },
    by: groups,
  } satisfies Query);
  const region = choices.region;
  const [total, split, byRegion] = await Promise.all([ask([]), by ? ask([by]) : null, region && region !== by ? ask([region]) : null]);
  const wording = (name: string | null) => ({
    total: t('dashboard.total'), noAnswer: t('dashboard.noAnswer'), choiceLabels: choices.splits.find((s) => s.name === name)?.choiceLabels ?? {},
  });
  const values = baselineValues(baseline, option.baselineKey);
  const rows = chartRows({ split: split ?? total, total, by: by || null, k: MIN_GROUP, baseline: values, wording: wording(by || null) });
  const regionReport = region ? (region === by ? split : byRegion) : null;
  const regionRows = region && regionReport ? chartRows({ split: regionReport, total: null, by: region, k: MIN_GROUP, baseline: null, wording: wording(region) }) : null;
  return { rows, regionRows };
}

export function DashboardPage() {
  const [setup, setSetup] = useState<{ forms: FormSummary[]; baseline: Baseline } | null>(null);
  const [source, setSource] = useState('');
  const [form, setForm] = useState<Form | null>(null);
  const [indicatorKey, setIndicatorKey] = useState('');
  const [by, setBy] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);

  useEffect(() => {
    Promise.all([dashboardApi.listForms(), dashboardApi.baseline()]).then(([forms, baseline]) => {
      setSetup({ forms: forms.items, baseline });
      setSource(forms.items.find((f) => f.responses > 0)?.id ?? REGISTRY);
    }, setError);
  }, []);

  useEffect(() => {
    setForm(null);
    if (source && source !== REGISTRY) dashboardApi.getForm(source).then(setForm, setError);
  }, [source]);

  const lang = getLanguage();
  const choices = useMemo(() => choicesFor(source, form), [source, form, lang]);
  // Keep what was picked when it still exists (a new language relabels the same choices).
  useEffect(() => {
    setIndicatorKey((key) => (choices.indicators.some((o) => o.key === key) ? key : (choices.indicators[0]?.key ?? '')));
    setBy((name) => (choices.splits.some((s) => s.name === name) ? name : choices.splits.some((s) => s.name === 'profile') ? 'profile' : ''));
  }, [choices]);

  const option = choices.indicators.find((o) => o.key === indicatorKey);
  useEffect(() => {
    if (!setup || !option) return;
    const ticket = ++latest.current;
    setError(null);
    setResults(null);
    measure({ source, option, by, choices, baseline: setup.baseline }).then(
      (next) => ticket === latest.current && setResults(next),
      (err: unknown) => ticket === latest.current && setError(err),
    );
  }, [setup, source, form, option?.key, by]);

  const linked = choices.indicators.filter((o) => o.baselineKey);
  const others = choices.indicators.filter((o) => !o.baselineKey);
  const byLabel = choices.splits.find((s) => s.name === by)?.label ?? t('dashboard.total');
  return (
    <section class="card dashboard">
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.intro')}</p>
      <ErrorSummary error={error} />
      {setup && (
        <form onSubmit={(e) => e.preventDefault()} class="pickers">
          <SelectField name="source" label={t('dashboard.source')} value={source} onChange={setSource}>
            {setup.forms.map((f) => <option key={f.id} value={f.id}>{t('dashboard.source.survey', { title: f.title, responses: f.responses })}</option>)}
            <option value={REGISTRY}>{t('dashboard.source.registry')}</option>
          </SelectField>
          {setup.forms.length === 0 && <p class="hint">{t('dashboard.noForms')}</p>}
          <SelectField name="indicator" label={t('dashboard.indicator')} value={indicatorKey} onChange={setIndicatorKey}>
            {linked.length > 0 && <optgroup label={t('dashboard.indicator.linked')}>{linked.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}</optgroup>}
            {linked.length > 0
              ? <optgroup label={t('dashboard.indicator.other')}>{others.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}</optgroup>
              : others.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
          </SelectField>
          <SelectField name="by" label={t('dashboard.by')} value={by} onChange={setBy}>
            <option value="">{t('dashboard.by.none')}</option>
            {choices.splits.map((s) => <option key={s.name} value={s.name}>{s.label}</option>)}
          </SelectField>
        </form>
      )}
      {setup && source && source !== REGISTRY && form && choices.indicators.length === 0 && <p>{t('dashboard.noIndicators')}</p>}
      {setup && option && !results && !error && <p class="loading" aria-live="polite">{t('dashboard.working')}</p>}
      {option && results && <ResultsView results={results} option={option} byLabel={byLabel} k={MIN_GROUP} />}
    </section>
  );
}
