/** The outbox's state rules: what is sent, in which order, and where each answer leaves an item. */
import { describe, expect, it } from 'vitest';
import { afterSend, countByState, itemsToSend, markSending, problemOf, queuedItem, requeue, type OutboxItem } from './outbox-state.ts';

const T0 = new Date('2026-03-02T14:00:00Z');
const T1 = new Date('2026-03-02T15:00:00Z');
const item = (id: string, over: Partial<OutboxItem> = {}): OutboxItem => ({
  ...queuedItem({ id, kind: 'savings.meeting', owner: 'tesorera', method: 'POST', url: '/api/savings/meetings', body: { n: id } }, T0),
  ...over,
});

const REFUSAL = {
  code: 'VALIDATION_FAILED', message: 'transactions.2 breaks a rule of the cycle',
  details: [{ path: ['transactions', '2'], code: 'loan.over_limit', message: 'a loan of S/ 900.00 would…', params: { limit: 600 } }],
};

describe('outbox state', () => {
  it('queues an item as waiting, never tried', () => {
    expect(item('a')).toMatchObject({ state: 'waiting', attempts: 0, created_at: T0.toISOString(), updated_at: T0.toISOString() });
  });

  it("sends the owner's waiting items oldest first, and the ones a closed tab left sending", () => {
    const items = [
      item('03'), item('01', { state: 'sending' }), item('02', { state: 'synced' }), item('04', { state: 'needs_attention' }),
      item('00', { owner: 'otra' }), item('05'),
    ];
    expect(itemsToSend(items, 'tesorera').map((i) => i.id)).toEqual(['01', '03', '05']);
  });

  it('marks a 2xx synced and forgets an earlier problem', () => {
    const before = { ...markSending(item('a'), T0), problem: { status: 503, code: 'HTTP_503', message: 'down' } };
    const after = afterSend(before, { status: 201, body: {} }, T1);
    expect(after).toMatchObject({ state: 'synced', synced_at: T1.toISOString(), updated_at: T1.toISOString() });
    expect(after.problem).toBeUndefined();
  });

  it("keeps the server's problem on a refusal: code, message and field problems with their rule codes", () => {
    const after = afterSend(markSending(item('a'), T0), { status: 400, body: REFUSAL }, T1);
    expect(after.state).toBe('needs_attention');
    expect(after.problem).toEqual({
      status: 400, code: 'VALIDATION_FAILED', message: REFUSAL.message,
      details: [{ path: 'transactions.2', code: 'loan.over_limit', message: 'a loan of S/ 900.00 would…', params: { limit: 600 } }],
    });
    expect(afterSend(markSending(item('b'), T0), { status: 409, body: { code: 'VERSION_CONFLICT', message: 'stale' } }, T1).state).toBe('needs_attention');
  });

  it('leaves an item waiting when no server answered, the session ended or the server failed', () => {
    for (const outcome of [{ status: 0 as const }, { status: 401, body: { code: 'UNAUTHENTICATED', message: 'x' } }, { status: 503, body: null }, { status: 429, body: null }]) {
      const after = afterSend(markSending(item('a'), T0), outcome, T1);
      expect(after.state, String(outcome.status)).toBe('waiting');
      expect(after.attempts).toBe(1);
    }
    expect(afterSend(item('a'), { status: 0 }, T1).problem).toBeUndefined();
  });

  it('reads a body that is not problem+json without failing', () => {
    expect(problemOf(413, 'too large')).toEqual({ status: 413, code: 'HTTP_413', message: '' });
  });

  it('puts a refused item back in the queue without its old problem, and counts by state', () => {
    const refused = afterSend(item('a'), { status: 400, body: REFUSAL }, T0);
    const again = requeue(refused, T1);
    expect(again.state).toBe('waiting');
    expect(again.problem).toBeUndefined();
    expect(countByState([again, refused, item('b', { state: 'synced' })])).toEqual({ waiting: 1, sending: 0, synced: 1, needs_attention: 1 });
  });
});
