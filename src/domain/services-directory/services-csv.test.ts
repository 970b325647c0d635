/** The services CSV: good rows become inputs, every bad cell is named by line and column, nothing passes half-read. */
import { describe, expect, it } from 'vitest';
import { readServicesCsv } from './services-csv.ts';

const header = 'name,kind,district,lat,lon,phones,languages,hours';

describe('readServicesCsv', () => {
  it('reads points with phones and languages split on slashes', () => {
    const result = readServicesCsv(`${header}\nCEM Ananea,cem,211002,-14.68,-69.53,994834149 / (051) 123456,es/qu,L-V 8-16\n`);
    expect(result).toEqual({ ok: true, points: [expect.objectContaining({ name: 'CEM Ananea', kind: 'cem', phones: ['994834149', '051123456'], languages: ['es', 'qu'] })] });
  });

  it('names every bad cell by line and column and returns no points', () => {
    const result = readServicesCsv(`${header}\nOK,cem,211002,,,100,,\nBad,spa,211002,40.4,-3.7,12345,,\n`);
    expect(result.ok).toBe(false);
    const paths = !result.ok ? result.problems.map((p) => p.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['line 3, column kind', 'line 3, column lat', 'line 3, column phones']));
    expect(paths.some((p) => p.startsWith('line 2'))).toBe(false);
  });

  it('refuses a file without the required columns or with unknown ones', () => {
    const result = readServicesCsv('nombre,kind\nX,cem\n');
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['line 1, column name', 'line 1, column nombre']);
  });
});
