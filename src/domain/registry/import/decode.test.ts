import { describe, expect, it } from 'vitest';
import { decodeText, describeEncoding } from './decode.ts';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeText', () => {
  it('reads UTF-8 and strips its BOM', () => {
    expect(decodeText(bytes('Ñaupari;Ñuñez'))).toEqual({ text: 'Ñaupari;Ñuñez', encoding: 'utf-8' });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'DNI;Nombres'))).toEqual({ text: 'DNI;Nombres', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252 (Latin-1) and says so', () => {
    // "Ñaupari;Peñaloza" as Excel "CSV (delimitado por comas)" saves it on a Spanish-locale Windows.
    const latin1 = bytes([0xd1], 'aupari;Pe', [0xf1], 'aloza');
    expect(decodeText(latin1)).toEqual({ text: 'Ñaupari;Peñaloza', encoding: 'windows-1252' });
  });

  it('uses the Windows-1252 letters Latin-1 lacks (curly quotes, €)', () => {
    expect(decodeText(bytes([0x93], 'Mina', [0x94], ' ', [0x80])).text).toBe('\u201cMina\u201d €');
  });

  it('decodes UTF-16 with a BOM, as Excel writes "Texto Unicode"', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Ñ\tA'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...'Ñ\tA'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    expect(decodeText(le)).toEqual({ text: 'Ñ\tA', encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: 'Ñ\tA', encoding: 'utf-16be' });
  });

  it('refuses binary data with a message that says why', () => {
    expect(() => decodeText(bytes('DNI', [0, 0, 1, 2]))).toThrow(/binary data \(NUL bytes\)/);
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('describes the encoding for the user', () => {
    expect(describeEncoding('windows-1252')).toMatch(/Latin-1.*not valid UTF-8/);
  });
});
