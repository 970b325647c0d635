/** Cutting the outbox into batches within the server's limit, and reading a batch's answer item by item. */
import { describe, expect, it } from 'vitest';
import { SYNC_MAX_BATCH_BYTES, SYNC_MAX_ITEMS } from '../../src/contracts/sync.ts';
import { markSending, queuedItem, type OutboxItem } from './outbox-state.ts';
import { batchBody, MAX_BATCH_BYTES, MAX_BATCH_ITEMS, planBatches, settleBatch, toSyncItem, unsendableItem } from './sync-batches.ts';

const T0 = new Date('2026-03-02T14:00:00Z');
const T1 = new Date('2026-03-02T15:00:00Z');
const item = (id: string, size = 10, over: Partial<OutboxItem> = {}): OutboxItem => ({
  ...queuedItem({ id, kind: 'registry.person', owner: 'promotora', method: 'POST', url: '/api/people', body: { id, note: 'ñ'.repeat(size) } }, T0),
  ...over,
});
const bytes = (items: OutboxItem[]) => new TextEncoder().encode(batchBody(items)).length;
const ids = (batches: OutboxItem[][]) => batches.map((b) => b.map((i) => i.id));

describe('cutting the outbox into batches', () => {
  it('uses the limits the server sets', () => {
    expect(MAX_BATCH_BYTES).toBe(SYNC_MAX_BATCH_BYTES);
    expect(MAX_BATCH_ITEMS).toBe(SYNC_MAX_ITEMS);
  });

  it('keeps the order, fills each batch up to the byte limit counted in UTF-8, and never past it', () => {
    const items = Array.from({ length: 7 }, (_, i) => item(`0${i}`, 100));
    const one = bytes(items.slice(0, 1));
    const limit = bytes(items.slice(0, 3));
    const plan = planBatches(items, limit);
    expect(ids(plan.batches)).toEqual([['00', '01', '02'], ['03', '04', '05'], ['06']]);
    for (const batch of plan.batches) expect(bytes(batch)).toBeLessThanOrEqual(limit);
    expect(ids(planBatches(items, limit - 1).batches)).toEqual([['00', '01'], ['02', '03'], ['04', '05'], ['06']]);
    expect(ids(planBatches(items, one).batches)).toHaveLength(7);
    expect(planBatches([]).batches).toEqual([]);
  });

  it('caps the number of items of a batch', () => {
    const items = Array.from({ length: 5 }, (_, i) => item(`0${i}`));
    expect(ids(planBatches(items, MAX_BATCH_BYTES, 2).batches)).toEqual([['00', '01'], ['02', '03'], ['04']]);
  });

  it('sets aside an item too large for any batch, and one that is not a create or update, without stopping the rest', () => {
    const items = [item('01'), item('02', 600), item('03', 10, { method: 'DELETE' }), item('04')];
    const plan = planBatches(items, 1000);
    expect(ids(plan.batches)).toEqual([['01', '04']]);
    expect(plan.unsendable.map((i) => i.id)).toEqual(['02', '03']);
    expect(unsendableItem(plan.unsendable[0]!, T1)).toMatchObject({ state: 'needs_attention', problem: { status: 413, code: 'PAYLOAD_TOO_LARGE' } });
    expect(unsendableItem(plan.unsendable[1]!, T1).problem).toMatchObject({ code: 'VALIDATION_FAILED', rule: 'sync.route_not_allowed' });
  });

  it('carries the path and the version an update was based on', () => {
    const patch = item('05', 1, { method: 'PATCH', url: '/api/people/x', base_version: 3 });
    expect(toSyncItem(patch)).toEqual({ id: '05', method: 'PATCH', path: '/api/people/x', body: patch.body, base_version: 3 });
    expect(toSyncItem(item('06'))).not.toHaveProperty('base_version');
  });
});

describe("reading a batch's answer", () => {
  const batch = ['01', '02', '03', '04'].map((id) => markSending(item(id), T0));
  const answer = (...results: [string, number, unknown?][]) => ({ status: 200, body: { results: results.map(([id, status, body]) => ({ id, status, body: body ?? {} })) } });

  it('marks each item by its own result: synced, refused, or waiting for a record sent before it', () => {
    const settled = settleBatch(batch, answer(['01', 201], ['02', 400, { code: 'VALIDATION_FAILED', message: 'x' }], ['03', 424, { code: 'VALIDATION_FAILED', details: [{ path: 'lots.0.lot_id', code: 'lot.unknown', message: 'no such ore lot' }] }], ['04', 200]), T1);
    expect(settled.items.map((i) => i.state)).toEqual(['synced', 'needs_attention', 'waiting', 'synced']);
    expect(settled.items[2]!.problem).toMatchObject({ status: 424, details: [{ code: 'lot.unknown' }] });
    expect(settled).toMatchObject({ answered: 4, shouldStop: false });
  });

  it('stops at a passing fault; items the server did not reach stay waiting, untried', () => {
    const settled = settleBatch(batch, answer(['01', 201], ['02', 503, null]), T1);
    expect(settled.items.map((i) => [i.state, i.attempts])).toEqual([['synced', 0], ['waiting', 1], ['waiting', 0], ['waiting', 0]]);
    expect(settled).toMatchObject({ answered: 2, shouldStop: true });
  });

  it('leaves the whole batch waiting when no answer came, and gives every item a refusal of the whole batch', () => {
    expect(settleBatch(batch, { status: 0 }, T1).items.every((i) => i.state === 'waiting' && i.attempts === 1)).toBe(true);
    expect(settleBatch(batch, { status: 200, body: 'not json' }, T1).items.every((i) => i.state === 'waiting')).toBe(true);
    const refused = settleBatch(batch, { status: 403, body: { code: 'FORBIDDEN', message: 'csrf' } }, T1);
    expect(refused.items.every((i) => i.state === 'needs_attention' && i.problem?.code === 'FORBIDDEN')).toBe(true);
    expect(refused.shouldStop).toBe(true);
  });
});
