import { describe, expect, it } from 'vitest';
import { isCalendarDate, periodProblem, personProblems } from './person-rules.ts';

const today = '2026-03-01';
const base = { id_type: 'dni' as const, id_number: '40123456', profiles: ['pallaquera'] };

describe('personProblems', () => {
  it('accepts a complete, coherent record', () => {
    expect(personProblems({ ...base, birth_date: '1984-07-15', ruc: '20131312955' }, { today, districtExists: true })).toEqual([]);
  });

  it('lists every problem with its field', () => {
    const problems = personProblems(
      { id_type: 'none', id_number: null, birth_date: '2027-01-01', ruc: '20131312956', profiles: ['pallaquera'], miner_position: 'worker' },
      { today, districtExists: false },
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['birth_date', 'district', 'id_none_reason', 'miner_position', 'ruc']);
  });

  it('refuses birth dates before 1900 and dates that do not exist', () => {
    expect(personProblems({ ...base, birth_date: '1899-12-31' }, { today, districtExists: true })[0]?.message).toMatch(/1900/);
    expect(personProblems({ ...base, birth_date: '1990-02-30' }, { today, districtExists: true })[0]?.message).toMatch(/calendar/);
  });
});

describe('dates and periods', () => {
  it('knows real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('29/02/2024')).toBe(false);
  });

  it('refuses a period that ends before it starts', () => {
    expect(periodProblem('from_date', 'to_date', '2025-05-01', '2025-04-30')).toEqual([{ path: 'to_date', code: 'period.ends_before_start', message: 'cannot be before the start date' }]);
    expect(periodProblem('from_date', 'to_date', '2025-05-01', null)).toEqual([]);
  });
});
