import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlanFile, planKeyOf } from './plan-file.ts';
import { checkProgress } from './plan-rules.ts';

const template = JSON.parse(readFileSync(new URL('../../../data/study/action-plan.json', import.meta.url), 'utf8'));

const small = (extra: Record<string, unknown> = {}) => ({
  title: 'Plan regional Puno',
  objectives: [{ code: '1', level: 'regional', title: 'Objetivo', entities: ['Diresa Puno'], results: [{ code: '1.1', title: 'Resultado', actions: [{ code: '1.1.1', title: 'Acción' }] }] }],
  ...extra,
});

const problemsOf = (input: unknown) => {
  const result = parsePlanFile(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
};

describe('parsePlanFile', () => {
  it('reads the shipped template: 8 objectives, 15 results, 34 actions, levels and bodies inherited', () => {
    const result = parsePlanFile(template);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const count = (kind: string) => result.plan.nodes.filter((n) => n.kind === kind).length;
    expect([count('objective'), count('result'), count('action')]).toEqual([8, 15, 34]);
    const action = result.plan.nodes.find((n) => n.code === '1.1')!;
    expect(action).toMatchObject({ kind: 'action', parentCode: 'R1', level: 'national', status: null });
    expect(action.responsible.map((e) => e.name)).toEqual(['Minem', 'MIMP', 'Midis']);
    expect(result.plan.key).toBe('gender-action-plan-for-artisanal-and-small-scale-gold-mining-template-from-the');
  });

  it('makes a stable key from the title without accents', () => {
    expect(planKeyOf('Plan de Género – Puno 2030')).toBe('plan-de-genero-puno-2030');
  });

  it('accepts flat results, actions and indicators that name their parents', () => {
    const result = parsePlanFile(small({
      results: [{ objective: '1', code: '1.2', title: 'Otro resultado' }],
      actions: [{ result: '1.2', code: '1.2.1', title: 'Otra acción', level: 'local' }],
      indicators: [{ attach_to: '1.2.1', name: 'Mujeres capacitadas', unit: 'mujeres', baseline: { value: 10, year: 2024 }, targets: { 2030: 200, 2026: 50 } }],
    }));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.nodes.find((n) => n.code === '1.2.1')).toMatchObject({ parentCode: '1.2', level: 'local', position: 0 });
    expect(result.plan.indicators[0]).toMatchObject({ code: '1.2.1#1', targets: [{ year: 2026, value: 50 }, { year: 2030, value: 200 }] });
  });

  it('names the path of duplicate codes, missing parents, unknown levels and statuses', () => {
    const problems = problemsOf(small({
      results: [{ objective: '9', code: '9.1', title: 'Huérfano' }],
      actions: [{ result: '1.1', code: '1.1.1', title: 'Repetida' }],
    }));
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'results.0.objective', message: 'objective "9" is not in the file' }),
      expect.objectContaining({ path: 'actions.0.code', code: 'plan_file.duplicate_code' }),
    ]));
    const shape = problemsOf({ title: 'x', objectives: [{ code: '1', level: 'district', title: 'o', status: 'finished' }] });
    expect(shape.map((p) => p.path)).toEqual(['objectives.0.level', 'objectives.0.status']);
    expect(shape[0]!.message).toMatch(/unknown level "district": use one of national, regional, local/);
  });

  it('refuses targets before the baseline or after the horizon, and progress outside 0–100', () => {
    const problems = problemsOf(small({
      indicators: [{ attach_to: '1', code: 'I1', name: 'n', unit: 'u', baseline: { value: 5, year: 2024 }, targets: { 2022: 1, 2035: 9 } }],
    }));
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['indicators.0.targets.2022', 'plan.target_before_baseline'],
      ['indicators.0.targets.2035', 'plan.target_after_horizon'],
    ]);
    const progress = problemsOf(small({ objectives: [{ code: '1', level: 'local', title: 'o', progress: [{ date: '2026-01-01', percent: 140, note: 'x' }] }] }));
    expect(progress).toEqual([expect.objectContaining({ path: 'objectives.0.progress.0.percent', message: 'must be between 0 and 100' })]);
  });

  it('requires a level on objectives and dates in order', () => {
    const problems = problemsOf({ title: 'x', objectives: [{ code: '1', title: 'o', start: '2027-01-01', end: '2026-01-01' }] });
    expect(problems.map((p) => p.path)).toEqual(['objectives.0.level', 'objectives.0.end']);
  });
});

describe('checkProgress', () => {
  it('wants a whole percentage 0–100 and no future date', () => {
    expect(checkProgress({ reported_on: '2026-03-01', percent: 50 }, '2026-03-01')).toEqual([]);
    expect(checkProgress({ reported_on: '2026-03-02', percent: -1 }, '2026-03-01').map((p) => p.path)).toEqual(['percent', 'reported_on']);
  });
});
