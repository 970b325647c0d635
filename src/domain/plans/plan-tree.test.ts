import { describe, expect, it } from 'vitest';
import { buildTree, planEntities, planPercent, type TreeNodeInput } from './plan-tree.ts';

const node = (id: string, parent: string | null, extra: Partial<TreeNodeInput> = {}): TreeNodeInput => ({
  id, kind: parent === null ? 'objective' : 'action', code: id, parent_id: parent, position: 0, level: 'national', status: 'not_started',
  responsible: [], involved: [], latest_percent: null, ...extra,
});

const nodes = [
  node('SO1', null, { responsible: [{ name: 'Minem', organisation_id: null }] }),
  node('R1', 'SO1', { kind: 'result' }),
  node('1.1', 'R1', { latest_percent: 40, position: 0 }),
  node('1.2', 'R1', { status: 'done', position: 1, level: 'regional', involved: [{ name: 'Diresa Puno', organisation_id: null }] }),
  node('SO2', null, { position: 1 }),
];

describe('buildTree', () => {
  it('orders depth-first and rolls percentages up from the actions', () => {
    const tree = buildTree(nodes);
    expect(tree.map((n) => [n.code, n.depth, n.percent])).toEqual([['SO1', 0, 70], ['R1', 1, 70], ['1.1', 2, 40], ['1.2', 2, 100], ['SO2', 0, 0]]);
    expect(planPercent(tree)).toBe(35);
  });

  it('filters by level and by body, keeping the ancestors of each match', () => {
    const regional = buildTree(nodes, { level: 'regional' });
    expect(regional.map((n) => [n.code, n.matches])).toEqual([['SO1', false], ['R1', false], ['1.2', true]]);
    expect(buildTree(nodes, { entity: 'diresa puno' }).map((n) => n.code)).toEqual(['SO1', 'R1', '1.2']);
    expect(buildTree(nodes, { entity: 'MINEM' }).map((n) => n.code)).toEqual(['SO1']);
  });

  it('lists each body once', () => {
    expect(planEntities(nodes).map((e) => e.name)).toEqual(['Diresa Puno', 'Minem']);
  });
});
