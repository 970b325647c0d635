/** Which departments' districts a field phone keeps: the ones her people, sites and organisations are in most. */
import { describe, expect, it } from 'vitest';
import { departmentsUsed } from './field-working-set.ts';

describe('departments kept on a field phone', () => {
  it('takes the three departments most used, ties in code order, and ignores unknown places', () => {
    const codes = ['211002', '211001', '2110', '040101', '040101', null, '150101', '250101', '', '21'];
    expect(departmentsUsed(codes)).toEqual(['21', '04', '15']);
    expect(departmentsUsed([null, ''])).toEqual([]);
  });
});
