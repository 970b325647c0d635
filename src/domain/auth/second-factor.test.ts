/** Session expiry: idle rule for everyone, capped at 60 minutes from sign-in for case staff. */
import { describe, expect, it } from 'vitest';
import { needsSecondFactor, sessionExpiry } from './second-factor.ts';

const createdAt = new Date('2026-03-01T12:00:00Z');
const at = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000);

describe('sessionExpiry', () => {
  it('keeps the idle rule for other roles, however long the idle setting', () => {
    expect(sessionExpiry({ role: 'coordinator', createdAt, now: at(50), idleMinutes: 30 })).toEqual(at(80));
    expect(sessionExpiry({ role: 'promoter', createdAt, now: at(0), idleMinutes: 600 })).toEqual(at(600));
  });

  it('caps case staff at 60 minutes from sign-in, even with a longer idle setting', () => {
    expect(sessionExpiry({ role: 'case_worker', createdAt, now: at(0), idleMinutes: 600 })).toEqual(at(60));
    expect(sessionExpiry({ role: 'case_supervisor', createdAt, now: at(50), idleMinutes: 30 })).toEqual(at(60));
    expect(sessionExpiry({ role: 'case_worker', createdAt, now: at(10), idleMinutes: 15 })).toEqual(at(25));
  });

  it('asks a second factor of case staff only', () => {
    expect(['case_worker', 'case_supervisor', 'admin', 'health_worker'].map((r) => needsSecondFactor(r as 'admin'))).toEqual([true, true, false, false]);
  });
});
