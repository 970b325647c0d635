/**
 * What the dashboard measures on the live registry: a fixed list of facts the registry keeps
 * (docs/indicators.md, "registry facts") and the four attributes it can split people by. The
 * labels come from the dashboard's catalog part, so the literal keys stay here. Facts and values
 * as src/domain/surveys/registry-facts.ts defines them (yes/no facts, region as INEI code).
 */
import { t } from '../i18n/i18n.ts';
import { DEPARTMENTS } from './choropleth.tsx';
import type { Disaggregation, IndicatorOption } from './indicator-options.ts';

const yes = (key: string, question: string, label: string): IndicatorOption => ({
  key, label, kind: 'proportion', baselineKey: null,
  spec: { id: key, type: 'proportion', question, values: ['yes'], denominator: 'all' },
});

/** Shares of the registered people, and means of the last twelve months' sales (flagged sales, income). */
export function registryIndicators(): IndicatorOption[] {
  return [
    yes('in_selectors_registry', 'in_selectors_registry', t('dashboard.preset.inSelectorsRegistry')),
    yes('reinfo', 'reinfo', t('dashboard.preset.reinfo')),
    yes('board_member', 'board_member', t('dashboard.preset.boardMember')),
    yes('consent_on_file', 'consent_on_file', t('dashboard.preset.consentOnFile')),
    { key: 'sales_flagged_12m', label: t('dashboard.preset.salesFlagged'), kind: 'mean', baselineKey: null, spec: { id: 'sales_flagged_12m', type: 'mean', question: 'sales_flagged_12m' } },
    { key: 'income_12m_pen', label: t('dashboard.preset.income'), kind: 'mean', baselineKey: null, spec: { id: 'income_12m_pen', type: 'mean', question: 'income_12m_pen' } },
  ];
}

/** The profiles as the study named them, worded for people. */
export function profileLabels(): Record<string, string> {
  return {
    pallaquera: t('dashboard.profile.pallaquera'),
    woman_miner: t('dashboard.profile.woman_miner'),
    man_miner: t('dashboard.profile.man_miner'),
    other: t('dashboard.profile.other'),
  };
}

export function registryDisaggregations(): Disaggregation[] {
  return [
    { name: 'profile', label: t('dashboard.by.profile'), choiceLabels: profileLabels() },
    { name: 'region', label: t('dashboard.by.region'), choiceLabels: Object.fromEntries(DEPARTMENTS.map((d) => [d.code, d.name])) },
    { name: 'sex', label: t('dashboard.by.sex'), choiceLabels: { female: t('dashboard.sex.female'), male: t('dashboard.sex.male') } },
    { name: 'age_band', label: t('dashboard.by.ageBand'), choiceLabels: {} },
  ];
}
