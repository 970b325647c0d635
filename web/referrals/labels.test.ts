/** The screens' vocabularies are the contract's, in its order (the form and the statistics' rows follow it). */
import { describe, expect, it } from 'vitest';
import { CONSENT_METHODS as CONTRACT_METHODS, INCIDENT_TYPES as CONTRACT_TYPES, REFERRAL_STATUSES, REFERRED_SERVICE_KINDS } from '../../src/contracts/referrals.ts';
import { CONSENT_METHODS, INCIDENT_TYPES, KIND_LABELS, STATUS_LABELS, dayOf } from './labels.ts';

describe('referral labels', () => {
  it('lists the contract\'s incident types, methods, statuses and service kinds in its order', () => {
    expect(INCIDENT_TYPES).toEqual([...CONTRACT_TYPES]);
    expect(CONSENT_METHODS).toEqual([...CONTRACT_METHODS]);
    expect(Object.keys(STATUS_LABELS)).toEqual([...REFERRAL_STATUSES]);
    expect(Object.keys(KIND_LABELS)).toEqual([...REFERRED_SERVICE_KINDS]);
  });

  it('writes dates day first', () => {
    expect(dayOf('2026-02-10')).toBe('10/02/2026');
    expect(dayOf('2026-02-10T15:00:00Z')).toBe('10/02/2026');
  });
});
