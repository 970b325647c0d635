/** The directory saved on the phone: ranked from a position like the server ranks, searched by name or place. */
import { describe, expect, it } from 'vitest';
import type { ServicePointOutput } from '../../src/contracts/services-directory.ts';
import { findSaved, rankSaved } from './saved-directory.ts';

const point = (id: string, name: string, kind: ServicePointOutput['kind'], lat: number | null, lon: number | null, address: string | null = null): ServicePointOutput => ({
  id, version: 1, name, kind, address, address_confidential: false, district: '211002', lat, lon, coordinates_note: null,
  phones: ['994834149'], hours: null, languages: ['es'], notes: null, last_verified_on: null, source: 'test',
});

const DIRECTORY = [
  point('1', 'CEM Juliaca', 'cem', -15.4997, -70.1333),
  point('2', 'Línea 100', 'line_100', null, null),
  point('3', 'CEM Comisaría Ananea', 'cem', -14.68, -69.53, 'Jr. Ayacucho s/n, Ananea'),
  point('4', 'Casa de acogida', 'shelter', null, null),
];

describe('saved directory', () => {
  it('puts Línea 100 first, then the nearest by great-circle distance, and unlocated points last', () => {
    const ranked = rankSaved(DIRECTORY, { lat: -14.7, lon: -69.5 }, 5);
    expect(ranked.map((r) => r.id)).toEqual(['2', '3', '1', '4']);
    expect(ranked[0]!.distance_km).toBeNull();
    expect(ranked[1]!.distance_km).toBe(3.9);
    expect(ranked[1]!.located_by).toBe('coordinates');
    expect(ranked[3]).toMatchObject({ distance_km: null, located_by: 'none' });
  });

  it('finds points by name or address, ignoring accents and case, with Línea 100 always first', () => {
    expect(findSaved(DIRECTORY, 'comisaria ANANEA').map((r) => r.id)).toEqual(['2', '3']);
    expect(findSaved(DIRECTORY, 'ayacucho').map((r) => r.id)).toEqual(['2', '3']);
    expect(findSaved(DIRECTORY, 'cusco').map((r) => r.id)).toEqual(['2']);
  });
});
