import { describe, expect, it } from 'vitest';
import { gradeProblem, isProblem, lotWeight, saleGoldProblems, seasonProblems } from './ledger-rules.ts';

describe('lot weight', () => {
  it('keeps a measured weight, else estimates from bags with the default or the given kg per bag', () => {
    expect(lotWeight({ weight_kg: 812.5, bags: 12 }, 1000 / 15)).toEqual({ weight_kg: 812.5, weight_estimated: false, kg_per_bag: null });
    expect(lotWeight({ bags: 15 }, 1000 / 15)).toEqual({ weight_kg: 1000, weight_estimated: true, kg_per_bag: null });
    expect(lotWeight({ bags: 10, kg_per_bag: 50 }, 1000 / 15)).toEqual({ weight_kg: 500, weight_estimated: true, kg_per_bag: 50 });
  });

  it('asks for a weight or bags when there is neither (zero bags is none)', () => {
    const result = lotWeight({ bags: 0 }, 1000 / 15);
    expect(isProblem(result) && result.code).toBe('lot.weight_or_bags');
  });
});

describe('grade', () => {
  it('passes up to 1,000 g/t, asks to confirm above, refuses above 20,000 even confirmed', () => {
    expect(gradeProblem('g', 1000, false)).toBeUndefined();
    expect(gradeProblem('g', 1000.5, false)?.code).toBe('grade.confirm_high');
    expect(gradeProblem('g', 5000, true)).toBeUndefined();
    expect(gradeProblem('g', 20_001, true)?.code).toBe('grade.too_high');
  });
});

describe('season', () => {
  it('refuses future dates and an end before the start, one problem per field', () => {
    expect(seasonProblems('2026-01-01', '2026-02-01', '2026-03-01')).toEqual([]);
    expect(seasonProblems('2026-04-01', null, '2026-03-01').map((p) => `${p.path}:${p.code}`)).toEqual(['season_from:date.in_future']);
    expect(seasonProblems('2026-02-01', '2026-01-01', '2026-03-01').map((p) => `${p.path}:${p.code}`)).toEqual(['season_to:period.ends_before_start']);
  });
});

describe('a sale’s gold', () => {
  const codes = (sale: Parameters<typeof saleGoldProblems>[0]) => saleGoldProblems(sale).map((p) => `${p.path}:${p.code}`);
  it('takes grade with recovery, or fine gold grams, and names what is missing or doubled', () => {
    expect(codes({ grade_g_per_t: 10, recovery: 0.9 })).toEqual([]);
    expect(codes({ fine_gold_g: 9 })).toEqual([]);
    expect(codes({})).toEqual(['grade_g_per_t:sale.gold_missing']);
    expect(codes({ grade_g_per_t: 10 })).toEqual(['recovery:sale.recovery_required']);
    expect(codes({ recovery: 0.9 })).toEqual(['grade_g_per_t:sale.grade_required']);
    expect(codes({ fine_gold_g: 9, grade_g_per_t: 10 })).toEqual(['fine_gold_g:sale.grade_or_fine_gold']);
    expect(codes({ grade_g_per_t: 0, recovery: 0.9 })).toEqual(['grade_g_per_t:grade.zero']);
  });
});
