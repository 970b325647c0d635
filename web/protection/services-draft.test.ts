/** The admin form's draft: what a new point and a correction send, and where refused phones show. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import type { ServicePointOutput } from './services-api.ts';
import { correctionOf, draftOf, EMPTY_SERVICE, newPointOf, onFormBoxes } from './services-draft.ts';

const stored: ServicePointOutput = {
  id: '01930000-0000-7000-8000-000000000001', version: 3, name: 'CEM Ananea', kind: 'cem', address: 'Jr. Lima 1',
  address_confidential: false, district: '211002', lat: -14.68, lon: -69.53, coordinates_note: null, phones: ['994834149'],
  hours: '24 h', languages: ['es', 'qu'], notes: null, last_verified_on: null, source: 'MIMP',
};

describe('service point drafts', () => {
  it('sends a new point with empty boxes as null, phones split and coordinates as numbers', () => {
    const input = newPointOf({ ...EMPTY_SERVICE, name: ' CEM Putina ', phones: '994834149; (051) 123456 ,', lat: '-14,9', lon: '-69.8' }, 'id-1');
    expect(input).toMatchObject({ id: 'id-1', name: 'CEM Putina', address: null, district: null, lat: -14.9, lon: -69.8, phones: ['994834149', '(051) 123456'], hours: null });
  });

  it('keeps a coordinate that is no number as typed, so the server names the field', () => {
    expect(newPointOf({ ...EMPTY_SERVICE, lat: 'sur', lon: '' }, 'x')).toMatchObject({ lat: 'sur', lon: null });
  });

  it('sends a correction with only what changed and the version it was based on', () => {
    expect(correctionOf(stored, { ...draftOf(stored), phones: '994834149, 100', hours: '' })).toEqual({ version: 3, phones: ['994834149', '100'], hours: null });
    expect(correctionOf(stored, draftOf(stored))).toBeNull();
  });

  it('puts a refused phone on the phones box and names it', () => {
    const err = new ApiError({ code: 'VALIDATION_FAILED', message: 'x', status: 400, details: [{ path: 'phones.1', message: 'must be…', code: 'phone.not_peruvian' }] });
    const placed = onFormBoxes(err, ['994834149', '12345']) as ApiError;
    expect(placed.details).toEqual([{ path: 'phones', message: 'must be…', code: 'phone.not_peruvian', params: { phone: '12345' } }]);
  });
});
