/** The people list's search: what the one box sends, and the round trip through the address bar. */
import { describe, expect, it } from 'vitest';
import { EMPTY_LIST_STATE, readListState, toPersonSearch, writeListState } from './people-search.ts';

describe('people search', () => {
  it('reads eight digits as a DNI, other digits as a phone and words as a name', () => {
    expect(toPersonSearch({ ...EMPTY_LIST_STATE, text: ' 40123456 ' })).toEqual({ limit: 20, offset: 0, dni: '40123456' });
    expect(toPersonSearch({ ...EMPTY_LIST_STATE, text: '+51 987 654 321' })).toMatchObject({ phone: '+51 987 654 321' });
    expect(toPersonSearch({ ...EMPTY_LIST_STATE, text: 'felicitas naupari', page: 3 })).toEqual({ limit: 20, offset: 40, q: 'felicitas naupari' });
  });

  it('keeps filters and page in the address bar and ignores what it does not know', () => {
    const state = { text: 'Rosa', profile: 'pallaquera' as const, district: '211002', page: 2 };
    expect(writeListState(state)).toBe('?q=Rosa&profile=pallaquera&district=211002&page=2');
    expect(readListState(writeListState(state))).toEqual(state);
    expect(readListState('?profile=queen&district=21&page=-4')).toEqual(EMPTY_LIST_STATE);
    expect(writeListState(EMPTY_LIST_STATE)).toBe('');
  });
});
