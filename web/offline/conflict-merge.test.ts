import { describe, expect, it } from 'vitest';
import { queuedItem } from './outbox-state.ts';
import { changedFields, changeOfItem, conflictingFields, isSameValue, mayEditOffline, personConflictOf, resolvedUpdate } from './conflict-merge.ts';

const PERSON = '0195f3a0-1111-7000-8000-000000000001';
const base: Record<string, unknown> = { given_names: 'Rosa', paternal_surname: 'Quispe', phone: null, languages: ['qu', 'es'], dependants: 2, district: '211002' };

describe('an edit sends only what it changed', () => {
  it('lists changed fields and ignores the order of a list and spaces around a text', () => {
    const after = { ...base, phone: '951234567', languages: ['es', 'qu'], given_names: ' Rosa ', dependants: 3 };
    expect(changedFields(base, after)).toEqual({ phone: '951234567', dependants: 3 });
  });

  it('treats an emptied text as cleared, and a cleared value as a change', () => {
    expect(isSameValue('', null)).toBe(true);
    expect(changedFields(base, { ...base, district: null })).toEqual({ district: null });
    expect(changedFields(base, base)).toEqual({});
  });
});

describe('conflicting fields', () => {
  const server = { ...base, version: 4, phone: '987000111', dependants: 3, paternal_surname: 'Quispe Mamani' };

  it('lists only the fields of her change that the server holds differently', () => {
    const mine = { phone: '951234567', dependants: 3, given_names: 'Rosa Elena', version: 2 };
    expect(conflictingFields(mine, server)).toEqual([
      { field: 'phone', mine: '951234567', server: '987000111' },
      { field: 'given_names', mine: 'Rosa Elena', server: 'Rosa' },
    ]);
  });

  it('never lists a field only the server changed (it is kept without asking)', () => {
    expect(conflictingFields({ phone: '987000111' }, server)).toEqual([]);
  });

  it('shows a field the server does not hold as null on its side', () => {
    expect(conflictingFields({ ruc: '20123456789' }, server)).toEqual([{ field: 'ruc', mine: '20123456789', server: null }]);
  });
});

describe('the resolved update', () => {
  const conflicts = [
    { field: 'phone', mine: '951234567', server: '987000111' },
    { field: 'given_names', mine: 'Rosa Elena', server: 'Rosa' },
  ];

  it('sends her chosen values based on the current version', () => {
    expect(resolvedUpdate(conflicts, { phone: 'mine', given_names: 'server' }, 4)).toEqual({ phone: '951234567', version: 4 });
  });

  it('sends nothing when she keeps the server everywhere', () => {
    expect(resolvedUpdate(conflicts, { phone: 'server', given_names: 'server' }, 4)).toBeNull();
  });

  it('refuses to guess a field she did not choose', () => {
    expect(() => resolvedUpdate(conflicts, { phone: 'mine' }, 4)).toThrow();
  });
});

describe('outbox items in conflict', () => {
  const now = new Date('2025-03-01T10:00:00Z');
  const patch = queuedItem({ id: '0195f3c2-0000-7000-8000-000000000009', kind: 'person.update', owner: 'u1', method: 'PATCH',
    url: `/api/people/${PERSON}`, body: { phone: '951234567', version: 2 }, base_version: 2 }, now);
  const refused = { ...patch, state: 'needs_attention' as const, problem: { status: 409, code: 'VERSION_CONFLICT', message: 'stale', rule: 'version.stale' } };

  it('finds the person of a refused stale update', () => {
    expect(personConflictOf(refused)).toEqual({ personId: PERSON });
    expect(changeOfItem(refused)).toEqual({ phone: '951234567' });
  });

  it('ignores waiting items, other refusals and other records', () => {
    expect(personConflictOf(patch)).toBeNull();
    expect(personConflictOf({ ...refused, problem: { status: 400, code: 'VALIDATION_FAILED', message: '' } })).toBeNull();
    expect(personConflictOf({ ...refused, url: `/api/lots/${PERSON}` })).toBeNull();
    expect(personConflictOf({ ...refused, method: 'POST', url: '/api/people' })).toBeNull();
  });
});

describe('who corrects a record offline', () => {
  it('is only the user who registered her', () => {
    expect(mayEditOffline('promoter-1', { registered_by: 'promoter-1' })).toBe(true);
    expect(mayEditOffline('promoter-2', { registered_by: 'promoter-1' })).toBe(false);
    expect(mayEditOffline('coordinator', { registered_by: null })).toBe(false);
  });
});
