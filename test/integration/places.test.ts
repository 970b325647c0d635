/** UBIGEO reference data: loaded in full, found accent-insensitively, browsable by parent. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const items = async (query: string) => {
  const res = await t.request('GET', `/api/places?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()).items as { code: string; name: string; level: string; department: string; lat: number | null }[];
};

describe('GET /api/places', () => {
  it('holds every department, province and district of the INEI 2025 list', async () => {
    expect(await items('level=department&limit=2000')).toHaveLength(25);
    expect(await items('level=province&limit=2000')).toHaveLength(196);
    expect(await items('level=district&limit=2000')).toHaveLength(1891);
  });

  it('finds names without accents and keeps the accented name', async () => {
    const found = await items('q=ancash&level=department');
    expect(found).toEqual([expect.objectContaining({ code: '02', name: 'Áncash' })]);
  });

  it('lists the districts of a province and the provinces of a department', async () => {
    const districts = await items('parent=2110&limit=100');
    expect(districts.map((d) => d.name)).toContain('Ananea');
    expect(districts.every((d) => d.code.startsWith('2110') && d.level === 'district')).toBe(true);
    const provinces = await items('parent=21&level=province&limit=100');
    expect(provinces).toHaveLength(13);
  });

  it('looks up one code with its capital coordinates', async () => {
    const [place] = await items('code=211002');
    expect(place).toMatchObject({ name: 'Ananea', department: 'Puno', level: 'district' });
    expect(place!.lat).toBeCloseTo(-14.68, 1);
  });

  it('rejects a malformed code or limit naming the field', async () => {
    const res = await t.request('GET', '/api/places?code=12a&limit=0');
    expect(res.status).toBe(400);
    const paths = (await res.json()).details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(['code', 'limit']);
  });
});
