/** Rows of the chart, map and table: names, the total last, why a group is hidden, the baseline beside it, and the download. */
import { describe, expect, it } from 'vitest';
import type { BaselineValues } from './baseline-view.ts';
import { chartRows } from './chart-rows.ts';
import { downloadTable, fileNameFor, toCsv } from './downloads.ts';

const group = (by: Record<string, string | null>, n: number, value: number | null, suppressed = false) => ({
  by, n, numerator: value === null ? null : Math.round(n * value), value, ci95: value === null ? null : ([value - 0.1, value + 0.1] as [number, number]), suppressed,
});
const split = { indicators: [{ id: 'ppe_enough.no', label: 'PPE', groups: [
  group({ profile: 'pallaquera' }, 120, 0.5), group({ profile: 'woman_miner' }, 3, null, true), group({ profile: 'man_miner' }, 40, null, true), group({ profile: null }, 6, 0.2),
] }] };
const total = { indicators: [{ id: 'ppe_enough.no', label: 'PPE', groups: [group({}, 169, 0.4)] }] };
const baseline: BaselineValues = { byProfile: { pallaquera: 0.56, woman_miner: 0.41, man_miner: 0.02 }, overall: 0.3, note: '' };
const wording = { total: 'Total', noAnswer: 'Sin respuesta', choiceLabels: { pallaquera: 'Pallaquera', woman_miner: 'Minera' } };

describe('chart rows', () => {
  const rows = chartRows({ split, total, by: 'profile', k: 5, baseline, wording });

  it('names groups by their choice labels, the missing answer in words, the total last', () => {
    expect(rows.map((r) => r.label)).toEqual(['Pallaquera', 'Minera', 'man_miner', 'Sin respuesta', 'Total']);
    expect(rows.at(-1)).toMatchObject({ isTotal: true, n: 169, value: 0.4 });
  });

  it('says why a group is hidden: too small, or hidden to protect a small one', () => {
    expect(rows.map((r) => r.hidden)).toEqual([null, 'small', 'complement', null, null]);
    expect(rows[1]!.value).toBeNull();
  });

  it('puts each profile beside its published figure and the total beside the derived one', () => {
    expect(rows[0]!.baseline).toEqual({ value: 0.56, isDerived: false });
    expect(rows[3]!.baseline).toBeNull();
    expect(rows[4]!.baseline).toEqual({ value: 0.3, isDerived: true });
  });

  it('shows one total row when nothing is split', () => {
    const only = chartRows({ split: total, total, by: null, k: 5, baseline: null, wording });
    expect(only).toHaveLength(1);
    expect(only[0]).toMatchObject({ label: 'Total', isTotal: true, baseline: null });
  });
});

describe('downloads', () => {
  const headers = { group: 'Perfil', people: 'Personas', value: 'Valor', ciLow: 'min', ciHigh: 'max', baseline: 'Base', hidden: 'Oculto' };

  it('writes hidden values as empty cells with the reason, never as zero', () => {
    const csv = toCsv(downloadTable(chartRows({ split, total, by: 'profile', k: 5, baseline, wording }), headers));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Perfil,Personas,Valor,min,max,Base,Oculto');
    expect(lines[1]).toBe('Pallaquera,120,0.5,0.4,0.6,0.56,');
    expect(lines[2]).toBe('Minera,3,,,,0.41,small');
  });

  it('quotes commas and defuses formulas', () => {
    expect(toCsv([['=SUM(A1)', 'a,b', 'say "hi"']])).toBe(`'=SUM(A1),"a,b","say ""hi"""\r\n`);
    expect(fileNameFor('ppe enough/../x', 'csv')).toBe('indicador-ppe_enough_.._x.csv');
  });
});
