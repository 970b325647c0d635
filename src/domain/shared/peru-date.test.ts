import { describe, expect, it } from 'vitest';
import { peruDate } from './peru-date.ts';

describe('peruDate', () => {
  it('is still today in Lima at 23:30 local time, when UTC is already tomorrow', () => {
    expect(peruDate(new Date('2026-03-02T04:30:00Z'))).toBe('2026-03-01');
    expect(peruDate(new Date('2026-03-02T05:00:00Z'))).toBe('2026-03-02');
  });
});
