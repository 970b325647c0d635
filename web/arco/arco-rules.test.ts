/** The ARCO screens' checks: the copy's address carries only her id and the request date; the confirmation words. */
import { describe, expect, it } from 'vitest';
import { confirmationFor, dataCopyHref, isConfirmed, requestDateProblem } from './arco-rules.ts';

const ID = '0190c6a4-0000-7000-8000-000000000001';

describe('dataCopyHref', () => {
  it('puts only her record id, the format and the request date in the address', () => {
    expect(dataCopyHref(ID, 'json')).toBe(`/api/people/${ID}/data-copy?format=json`);
    expect(dataCopyHref(ID, 'pdf', '2026-11-20')).toBe(`/api/people/${ID}/data-copy?requested_on=2026-11-20&format=pdf`);
  });
});

describe('requestDateProblem', () => {
  const today = '2026-11-22';
  it('asks for a real date that is not in the future', () => {
    expect(requestDateProblem('', today)).toBe('required');
    expect(requestDateProblem('2026-02-30', today)).toBe('not_real');
    expect(requestDateProblem('20/11/2026', today)).toBe('not_real');
    expect(requestDateProblem('2026-11-23', today)).toBe('future');
    expect(requestDateProblem('2026-11-22', today)).toBeNull();
    expect(requestDateProblem('2024-02-29', today)).toBeNull();
  });
});

describe('confirmationFor / isConfirmed', () => {
  it('asks for the last four digits of her document', () => {
    const expected = confirmationFor({ id_number: '40123456' });
    expect(expected).toEqual({ kind: 'digits', value: '3456' });
    expect(isConfirmed(expected, ' 3456 ')).toBe(true);
    expect(isConfirmed(expected, '123456')).toBe(false);
    expect(isConfirmed(expected, '')).toBe(false);
  });

  it('asks for the word CANCELAR when she has no document number', () => {
    const expected = confirmationFor({ id_number: null });
    expect(expected).toEqual({ kind: 'word', value: 'CANCELAR' });
    expect(isConfirmed(expected, 'cancelar')).toBe(true);
    expect(isConfirmed(expected, 'CANCEL')).toBe(false);
    expect(confirmationFor({ id_number: '12' })).toEqual({ kind: 'word', value: 'CANCELAR' });
  });
});
