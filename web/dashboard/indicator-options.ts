/**
 * What the dashboard offers to measure and to split by, worked out from a survey's questions
 * (GET /api/forms/{id}) or from the registry's fixed facts: one proportion per choice of every
 * select question, the study-linked ones first; disaggregations by any select_one question (or
 * the registry's profile, region, sex and age band); and which question holds the region, for
 * the map. Pure: the screens pass in the form, the baseline links and the language.
 */
import type { z } from 'zod';
import type { FormDetail } from '../../src/contracts/surveys.ts';
import type { IndicatorSpecInput } from '../../src/contracts/indicators.ts';

export type Form = z.infer<typeof FormDetail>;
export type Question = Form['questions'][number];
export type IndicatorInput = IndicatorSpecInput['indicators'][number];
export type ValueKind = 'proportion' | 'mean';

export interface IndicatorOption {
  /** Unique among the options; also the spec id sent to the server. */
  key: string;
  /** The question's label and the choice's label in the form, or a catalog text (registry). */
  label: string;
  spec: IndicatorInput;
  kind: ValueKind;
  /** `indicator=answer` of the study figure this measures again, if any. */
  baselineKey: string | null;
}

export interface Disaggregation {
  name: string;
  label: string;
  /** Labels of the question's choices by choice name, for group names. */
  choiceLabels: Record<string, string>;
}

/** A baseline link of data/study/indicator-map.json. */
export interface BaselineLink {
  indicator: string;
  answer: string;
  spec: { question: string; values: string[] };
}

/** A label in `lang`, else Spanish, English, the plain label, any label, or the fallback. */
export function labelIn(labels: Record<string, string>, lang: string, fallback: string): string {
  return labels[lang] ?? labels.es ?? labels.en ?? labels.default ?? Object.values(labels)[0] ?? fallback;
}

const isMeasurable = (q: Question) => !q.in_repeat && (q.type === 'select_one' || q.type === 'select_multiple') && q.choices.length > 0;

/** The study figure a proportion of `question` = `value` measures again, if one is linked. */
export function baselineKeyOf(links: readonly BaselineLink[], question: string, value: string): string | null {
  const link = links.find((l) => l.spec.question === question && l.spec.values.length === 1 && l.spec.values[0] === value);
  return link ? `${link.indicator}=${link.answer}` : null;
}

/** One proportion per choice of every select question (outside repeats), study-linked first. */
export function surveyIndicators(form: Form, links: readonly BaselineLink[], lang: string): IndicatorOption[] {
  const options = form.questions.filter(isMeasurable).flatMap((q) =>
    q.choices.map((c): IndicatorOption => ({
      key: `${q.name}.${c.name}`,
      label: `${labelIn(q.labels, lang, q.name)}: ${labelIn(c.labels, lang, c.name)}`,
      spec: { id: `${q.name}.${c.name}`.replace(/[^A-Za-z0-9_.-]/g, '_'), type: 'proportion', question: q.name, values: [c.name], denominator: 'all' },
      kind: 'proportion',
      baselineKey: baselineKeyOf(links, q.name, c.name),
    })),
  );
  return [...options.filter((o) => o.baselineKey), ...options.filter((o) => !o.baselineKey)];
}

/** Every select_one question outside repeats can split the respondents into groups. */
export function surveyDisaggregations(form: Form, lang: string): Disaggregation[] {
  return form.questions
    .filter((q) => !q.in_repeat && q.type === 'select_one' && q.choices.length > 0)
    .map((q) => ({
      name: q.name,
      label: labelIn(q.labels, lang, q.name),
      choiceLabels: Object.fromEntries(q.choices.map((c) => [c.name, labelIn(c.labels, lang, c.name)])),
    }));
}

export interface Department {
  code: string;
  name: string;
}

/** Lower case, no accents, `_` and `-` as spaces: "Madre_de_Dios" and "MADRE DE DIOS" agree. */
export function normalisePlace(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The department a group value names: its INEI code (`04`, or a UBIGEO starting with it) or its name. */
export function departmentOf(value: string, departments: readonly Department[], label?: string): string | null {
  const code = /^\d{2}(\d{4})?$/.test(value.trim()) ? value.trim().slice(0, 2) : null;
  if (code && departments.some((d) => d.code === code)) return code;
  const names = [normalisePlace(value), label ? normalisePlace(label) : ''];
  return departments.find((d) => names.includes(normalisePlace(d.name)))?.code ?? null;
}

/**
 * The select_one question whose choices are departments (most of them, at least two): the
 * map's disaggregation. A question named `region` or `department` wins a tie.
 */
export function regionQuestion(form: Form, departments: readonly Department[]): string | null {
  const scored = form.questions
    .filter((q) => !q.in_repeat && q.type === 'select_one' && q.choices.length >= 2)
    .map((q) => {
      const hits = q.choices.filter((c) => departmentOf(c.name, departments, labelIn(c.labels, 'es', c.name))).length;
      return { name: q.name, hits, share: hits / q.choices.length, isNamed: /^(region|department|departamento)$/i.test(q.name) };
    })
    .filter((q) => q.hits >= 2 && q.share >= 0.5)
    .sort((a, b) => b.hits - a.hits || Number(b.isNamed) - Number(a.isNamed));
  return scored[0]?.name ?? null;
}
