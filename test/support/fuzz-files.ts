/**
 * Hostile files for the importer fuzz suite, made from a valid seed file of each importer so
 * that most of them get past the first check: empty, random bytes, the seed cut short (a
 * truncated XLSX zip), a cell replaced by a formula, a 100 KB value, NUL or SQL, the seed in
 * UTF-16 or Latin-1, invalid UTF-8 bytes, an XLSX whose cells are real formulas, 1,000-deep JSON.
 */
import fc from 'fast-check';
import writeXlsxFile from 'write-excel-file/node';
import { FORMULA, HUGE, IMG, SQLI, deepArray } from './fuzz.ts';

export interface HostileFile {
  label: string;
  bytes: Uint8Array;
}

const enc = new TextEncoder();
const CELL_VALUES = [FORMULA, '+cmd|/C calc!A0', '@SUM(1)', HUGE, 'a\u0000b', SQLI, IMG, '"unbalanced', '', '9'.repeat(40), '-1', '1e309', 'Ñuñoa'];

/** The seed's text with one data cell (line ≥ 2) replaced; `sep` is the seed's separator. */
function replaceCell(text: string, line: number, column: number, value: string): string {
  const lines = text.split('\n');
  if (lines.length < 2) return text + value;
  const l = 1 + (line % (lines.length - 1));
  const sep = lines[0]!.includes(';') ? ';' : ',';
  const cells = lines[l]!.split(sep);
  cells[column % cells.length] = value;
  lines[l] = cells.join(sep);
  return lines.join('\n');
}

const utf16 = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);

/** An XLSX of the seed's CSV rows where one data cell is a real formula (not text). */
async function xlsxWithFormula(text: string): Promise<Uint8Array> {
  const rows = text.split('\n').map((l) => l.split(/[;,]/).map((value) => ({ value })));
  const data = [...rows, [{ type: 'Formula', value: '=HYPERLINK("http://x","y")' }, { type: 'Formula', value: '=1/0' }]];
  return new Uint8Array(await writeXlsxFile(data as never, { sheet: 'datos' }).toBuffer());
}

/** Files derived from a seed (bytes; `text` when the seed is a text file). */
export function hostileFile(seed: Uint8Array, text: string | null): fc.Arbitrary<HostileFile> {
  const f = (label: string, bytes: Uint8Array) => ({ label, bytes });
  const derived: fc.Arbitrary<HostileFile>[] = [
    fc.constant(f('empty', new Uint8Array())),
    fc.uint8Array({ minLength: 1, maxLength: 4000 }).map((b) => f('random bytes', b)),
    fc.integer({ min: 1, max: Math.max(1, seed.length - 1) }).map((n) => f(`cut at ${n} bytes`, seed.slice(0, n))),
    fc.tuple(fc.integer({ min: 0, max: seed.length }), fc.constantFrom([0xff, 0xfe], [0xc3], [0xed, 0xa0, 0x80], [0])).map(([at, bad]) =>
      f(`bytes ${bad.join(' ')} at ${at}`, Uint8Array.from([...seed.slice(0, at), ...bad, ...seed.slice(at)]))),
  ];
  if (text !== null) {
    derived.push(
      fc.tuple(fc.nat(50), fc.nat(20), fc.constantFrom(...CELL_VALUES)).map(([l, c, v]) => f(`cell ${l}:${c} = ${v.slice(0, 20)}`, enc.encode(replaceCell(text, l, c, v)))),
      fc.constant(f('utf-16le with BOM', utf16(text))),
      fc.constant(f('latin-1', Uint8Array.from(Buffer.from(replaceCell(text, 0, 1, 'Ñuñoa'), 'latin1')))),
      fc.constant(f('header only', enc.encode(text.split('\n')[0]!))),
      fc.constant(f('2,000 rows of one hostile cell', enc.encode([text.split('\n')[0], ...Array.from({ length: 2000 }, () => FORMULA)].join('\n')))),
      fc.constant(f('deep JSON', enc.encode(JSON.stringify(deepArray())))),
      fc.constant(f('truncated JSON', enc.encode('{"a": ['))),
    );
  }
  return fc.oneof(...derived);
}

export { xlsxWithFormula };
