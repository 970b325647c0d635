/** Peruvian phone formats and the splitting of public lists' phone cells. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPeruvianPhone, splitPhones } from './phones.ts';
import { fromMimpRow } from './mimp-list.ts';

describe('Peruvian phones', () => {
  it('accepts mobiles, Lima and provincial landlines, 0800 and short numbers', () => {
    for (const ok of ['994834149', '+51 994 834 149', '(01) 419-7260', '044 123456', '0800-10828', '100', '105']) expect(isPeruvianPhone(ok), ok).toBe(true);
    for (const bad of ['9329499263', '12345', '812345678', '01 123', 'abc', '']) expect(isPeruvianPhone(bad), bad).toBe(false);
  });

  it('accepts every 9-digit number starting with 9', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => isPeruvianPhone(`9${String(n).padStart(8, '0')}`)));
  });

  it('splits the cells of the MIMP list and names what it drops', () => {
    expect(splitPhones('932862476 / 932975612')).toEqual({ phones: ['932862476', '932975612'], rejected: [] });
    expect(splitPhones('989287117 // 994768110').phones).toEqual(['989287117', '994768110']);
    expect(splitPhones('940217257 - 940929533').phones).toEqual(['940217257', '940929533']);
    expect(splitPhones('932 980 087')).toEqual({ phones: ['932980087'], rejected: [] });
    expect(splitPhones('9329499263')).toEqual({ phones: [], rejected: ['9329499263'] });
  });
});

describe('fromMimpRow', () => {
  const base = { service_type: 'CEM', name: 'Cem Regular Catacaos', ubigeo: '200105', address: 'Jr. X', phone: '994834149', lat: '-6.2', lon: '-78.0', km_from_district_capital: '112.0' };

  it('discards coordinates more than 25 km from the district capital and says why', () => {
    expect(fromMimpRow(base)).toMatchObject({ kind: 'cem', lat: null, lon: null, coordinates_note: expect.stringContaining('112') });
    expect(fromMimpRow({ ...base, km_from_district_capital: '0.3' })).toMatchObject({ lat: -6.2, lon: -78.0, coordinates_note: null });
  });

  it('withholds a shelter address and skips the aggressor programme', () => {
    expect(fromMimpRow({ ...base, service_type: 'HRT', address: 'No se registra por confidencialidad' })).toMatchObject({
      kind: 'shelter', address: null, address_confidential: true, lat: null,
    });
    expect(fromMimpRow({ ...base, service_type: 'CAI' })).toBeNull();
  });
});
