import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise.ts';
import { phoneticKey } from './phonetic.ts';

const sameKey = (...names: string[]) => new Set(names.map(phoneticKey)).size === 1;

describe('phoneticKey', () => {
  it('codes consonants and drops vowels: Quispe → KSP, Mamani → MMN', () => {
    expect(phoneticKey('Quispe')).toBe('KSP');
    expect(phoneticKey('Mamani')).toBe('MMN');
    expect(phoneticKey('Condori')).toBe('KNDR');
  });

  it.each([
    ['b/v', ['Vargas', 'Bargas']],
    ['z/s and soft c', ['Zapana', 'Sapana'], ['Cielo', 'Sielo', 'Zielo']],
    ['ll/y', ['Llanos', 'Yanos']],
    ['silent h', ['Hilario', 'Ilario']],
    ['qu/k/c', ['Quispe', 'Kispe']],
    ['hard gu/g', ['Guevara', 'Gavara']],
    ['x/j/soft g', ['Ximena', 'Jimena', 'Gimena']],
    ['hu/gu/w before a vowel (Huamán)', ['Huamán', 'Guamán', 'Wamán']],
    ['cc (Ccama)', ['Ccama', 'Cama', 'Kama']],
    ['sh (Quishpe)', ['Quishpe', 'Quispe']],
    ['Quechua vowels', ['Quispe', 'Quispi'], ['Condori', 'Cunduri']],
    ['ñ, accents and case', ['Ñaupari', 'NAUPARI', 'naupari']],
    ['ai/ay', ['Layme', 'Laime']],
    ['doubled letters', ['Mamani', 'Mammani']],
    ['particles', ['De la Cruz', 'Cruz']],
  ])('treats %s as one sound', (_rule, ...groups) => {
    for (const names of groups) expect(sameKey(...names)).toBe(true);
  });

  it('still separates different surnames', () => {
    expect(new Set(['Quispe', 'Mamani', 'Condori', 'Huamán', 'Apaza', 'Choque', 'Ticona', 'Chambi', 'Flores'].map(phoneticKey)).size).toBe(9);
  });

  it('is upper-case A–Z, empty only for an empty name, and blind to case and accents', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const key = phoneticKey(name);
        expect(key).toMatch(/^[A-Z]*$/);
        expect(key === '').toBe(normaliseName(name) === '');
        expect(phoneticKey(normaliseName(name).toUpperCase())).toBe(key);
      }),
    );
  });
});
