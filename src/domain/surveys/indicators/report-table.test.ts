/** The flat reading of a report (CSV and table output): one column per disaggregation question. */
import { describe, expect, it } from 'vitest';
import type { IndicatorReport } from '../../../contracts/indicators.ts';
import { flattenReport, roundForReading } from './report-table.ts';

const REPORT: IndicatorReport = {
  indicators: [{
    id: 'ppe_yes', label: 'Enough PPE', groups: [
      { by: { region: 'Puno' }, n: 20, numerator: 12, value: 0.6, ci95: [0.386581, 0.781193], suppressed: false },
      { by: { region: null }, n: 3, numerator: null, value: null, ci95: null, suppressed: true },
      { by: { profile: 'pallaquera' }, n: 23, numerator: 12.345, value: 0.52173913, ci95: [0.33, 0.7], suppressed: false },
    ],
  }],
};

describe('flattenReport', () => {
  it('gives one row per group with a column per by question, blank where a group has no such question', () => {
    const { header, records } = flattenReport(REPORT);
    expect(header).toEqual(['indicator', 'label', 'region', 'profile', 'n', 'numerator', 'value', 'ci95_low', 'ci95_high', 'suppressed']);
    expect(records[0]).toEqual({ indicator: 'ppe_yes', label: 'Enough PPE', region: 'Puno', profile: null, n: 20, numerator: 12, value: 0.6, ci95_low: 0.386581, ci95_high: 0.781193, suppressed: false });
    expect(records[1]).toMatchObject({ region: '(no answer)', value: null, ci95_low: null, suppressed: true });
  });

  it('rounds shares to 4 decimals and weighted counts to 2 for people', () => {
    const { records } = roundForReading(flattenReport(REPORT));
    expect(records[2]).toMatchObject({ numerator: 12.35, value: 0.5217, ci95_low: 0.33, ci95_high: 0.7 });
    expect(records[0]).toMatchObject({ ci95_low: 0.3866, ci95_high: 0.7812 });
  });
});
