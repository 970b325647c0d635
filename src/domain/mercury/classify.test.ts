/** Mercury screening rules: units per sample type, classes at and around the thresholds, repeat dates. */
import { describe, expect, it } from 'vitest';
import { addMonths, classify, needsFollowUp, nextDueDate, thresholdKey, unitFits } from './classify.ts';

const blood = { reference: 5, alert: 15 };

describe('mercury classification', () => {
  it('classes a value at the reference as below it, and just above as above', () => {
    expect(classify(0, blood)).toBe('below_reference');
    expect(classify(5, blood)).toBe('below_reference');
    expect(classify(5.01, blood)).toBe('above_reference');
    expect(classify(15, blood)).toBe('above_reference');
    expect(classify(15.5, blood)).toBe('above_alert');
  });

  it('flags anything above the reference for follow-up', () => {
    expect(needsFollowUp('below_reference')).toBe(false);
    expect(needsFollowUp('above_reference')).toBe(true);
    expect(needsFollowUp('above_alert')).toBe(true);
  });

  it('accepts only the units that fit the sample type', () => {
    expect(unitFits('hair', 'ug_g')).toBe(true);
    expect(unitFits('hair', 'ug_l')).toBe(false);
    expect(unitFits('urine', 'ug_g_creatinine')).toBe(true);
    expect(unitFits('blood', 'ug_g_creatinine')).toBe(false);
    expect(thresholdKey('urine', 'ug_g_creatinine')).toBe('urine_ug_g_creatinine');
  });

  it('dates the repeat evaluation sooner the higher the class', () => {
    expect(nextDueDate('2026-01-15', 'above_alert')).toBe('2026-04-15');
    expect(nextDueDate('2026-01-15', 'above_reference')).toBe('2026-07-15');
    expect(nextDueDate('2026-01-15', 'below_reference')).toBe('2027-01-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });
});
