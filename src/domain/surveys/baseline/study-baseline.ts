/**
 * The published baseline of the study "Women and Men of Gold" (planetGOLD Peru, 854 people):
 * percentages by profile (data/study/baseline.csv) and the sample by region and profile
 * (data/study/sample.csv), read into the Baseline contract. Pure: the caller reads the files.
 * What must hold: every figure is a whole percentage in [0, 100] as published (never recomputed),
 * and each region's profile counts add up to its total, so a damaged file is refused loudly.
 */
import { BASELINE_PROFILES, type Baseline } from '../../../contracts/indicator-queries.ts';
import { parseCsv } from '../../shared/csv.ts';

export const BASELINE_SOURCE =
  'planetGOLD Peru, "Women and Men of Gold: challenges towards gender equity in artisanal and small-scale gold mining" (854 respondents, nine regions, three profiles; whole percentages as published)';

function wholeNumber(text: string | undefined, where: string): number {
  const value = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isInteger(value) || value < 0) throw new Error(`${where}: "${text ?? ''}" is not a whole number`);
  return value;
}

function requireColumns(header: string[], columns: readonly string[], file: string): void {
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
}

/** One figure per indicator, answer and profile; a blank note repeats the indicator's question. */
export function parseBaselineFigures(csv: string): Baseline['figures'] {
  const table = parseCsv(csv);
  requireColumns(table.header, ['indicator', 'answer', ...BASELINE_PROFILES, 'note'], 'baseline.csv');
  const questionOf = new Map<string, string>();
  return table.rows.flatMap(({ line, values }) => {
    const indicator = values.indicator ?? '';
    const answer = values.answer ?? '';
    if (!indicator || !answer) throw new Error(`baseline.csv line ${line}: indicator and answer are required`);
    const note = (values.note ?? '').trim() || questionOf.get(indicator) || '';
    if (!questionOf.has(indicator) && note) questionOf.set(indicator, note);
    return BASELINE_PROFILES.map((profile) => {
      const percent = wholeNumber(values[profile], `baseline.csv line ${line}, ${profile}`);
      if (percent > 100) throw new Error(`baseline.csv line ${line}, ${profile}: ${percent} is over 100`);
      return { indicator, answer, profile, percent, note };
    });
  });
}

/** Respondents by region and profile, with the INEI department code. */
export function parseBaselineSample(csv: string): Baseline['sample'] {
  const table = parseCsv(csv);
  requireColumns(table.header, ['region', 'ubigeo_department', ...BASELINE_PROFILES, 'total'], 'sample.csv');
  return table.rows.map(({ line, values }) => {
    const counts = Object.fromEntries(BASELINE_PROFILES.map((p) => [p, wholeNumber(values[p], `sample.csv line ${line}, ${p}`)])) as Record<(typeof BASELINE_PROFILES)[number], number>;
    const total = wholeNumber(values.total, `sample.csv line ${line}, total`);
    const sum = BASELINE_PROFILES.reduce((s, p) => s + counts[p], 0);
    if (sum !== total) throw new Error(`sample.csv line ${line}: profiles add up to ${sum}, not the total ${total}`);
    const department = values.ubigeo_department ?? '';
    if (!/^\d{2}$/.test(department)) throw new Error(`sample.csv line ${line}: "${department}" is not a 2-digit department code`);
    return { region: values.region ?? '', department, ...counts, total };
  });
}

export function parseStudyBaseline(files: { baselineCsv: string; sampleCsv: string }): Baseline {
  return { source: BASELINE_SOURCE, figures: parseBaselineFigures(files.baselineCsv), sample: parseBaselineSample(files.sampleCsv) };
}
