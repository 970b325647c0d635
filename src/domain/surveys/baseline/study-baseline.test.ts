/** The study's published baseline read from the shipped files, and damaged files refused. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBaselineFigures, parseBaselineSample, parseStudyBaseline } from './study-baseline.ts';

const read = (name: string) => readFileSync(new URL(`../../../../data/study/${name}`, import.meta.url), 'utf8');

describe('study baseline', () => {
  const baseline = parseStudyBaseline({ baselineCsv: read('baseline.csv'), sampleCsv: read('sample.csv') });

  it('has the 854 respondents of the nine regions', () => {
    expect(baseline.sample).toHaveLength(9);
    expect(baseline.sample.reduce((s, r) => s + r.total, 0)).toBe(854);
    expect(baseline.sample.find((r) => r.department === '04')).toMatchObject({ region: 'Arequipa', pallaquera: 123, total: 282 });
  });

  it('keeps the published percentages by profile, with the question as the note', () => {
    const ppe = baseline.figures.filter((f) => f.indicator === 'ppe_enough' && f.answer === 'no');
    expect(ppe.map((f) => [f.profile, f.percent])).toEqual([['pallaquera', 56], ['woman_miner', 41], ['man_miner', 2]]);
    expect(ppe[0]!.note).toMatch(/protective equipment/);
    expect(baseline.figures.find((f) => f.indicator === 'knows_nearest_cem' && f.profile === 'man_miner')?.percent).toBe(80);
  });

  it('refuses a damaged file, naming line and column', () => {
    expect(() => parseBaselineFigures('indicator,answer,pallaquera,woman_miner,man_miner,note\nppe,yes,33,x,1,\n')).toThrow(/line 2, woman_miner/);
    expect(() => parseBaselineFigures('indicator,answer,pallaquera,woman_miner,man_miner,note\nppe,yes,133,1,1,\n')).toThrow(/over 100/);
    expect(() => parseBaselineSample('region,ubigeo_department,pallaquera,woman_miner,man_miner,total\nPuno,21,1,2,3,7\n')).toThrow(/add up to 6/);
    expect(() => parseBaselineSample('region,pallaquera\n')).toThrow(/missing column/);
  });
});
