import { describe, expect, it } from 'vitest';
import { identifyingStrings, namesHer } from './identity.ts';

const ana = { given_names: 'Ana María', paternal_surname: 'Huarachi', maternal_surname: 'Ccallo', id_number: '40100007', phone: '987654321' };

describe('identifyingStrings', () => {
  it('keeps the DNI and phone, not short values', () => {
    expect(identifyingStrings(ana)).toEqual(['40100007', '987654321']);
    expect(identifyingStrings({ id_number: '123', phone: null })).toEqual([]);
  });
});

describe('namesHer', () => {
  const needles = identifyingStrings(ana);
  it('finds a name in any case and without accents, the DNI and the phone', () => {
    expect(namesHer('solicitud de MARIA huarachi', ana, needles)).toBe(true);
    expect(namesHer('DNI 40100007', ana, needles)).toBe(true);
    expect(namesHer('tel. 987654321', ana, needles)).toBe(true);
  });
  it('lets a legal basis without her identity through (short name parts and substrings do not count)', () => {
    expect(namesHer('Ley 29733 art. 20: solicitud escrita de la titular', ana, needles)).toBe(false);
    expect(namesHer('Anatomía del caso', ana, needles)).toBe(false);
  });
});
