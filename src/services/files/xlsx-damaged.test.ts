/**
 * A damaged .xlsx always gets an answer: bytes inserted into its zip end record once made the
 * streaming unzip wait forever (a request that never answered). Every damaged copy must settle —
 * read, or refused as VALIDATION_FAILED naming the file — within a second.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../domain/errors.ts';
import { makeXlsx } from './fixtures/make-xlsx.ts';
import { readTableFile } from './read-table.ts';

const workbook = new Uint8Array(makeXlsx([{ name: 'Socias', rows: { 1: ['DNI', 'Nombres'], 2: [40123456, 'Rosa'] } }]));

async function settle(bytes: Uint8Array): Promise<string> {
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no answer'), 1000));
  const read = readTableFile(bytes, 'socias.xlsx').then(
    () => 'read',
    (err: unknown) => (isAppError(err) && err.code === 'VALIDATION_FAILED' && err.details[0]?.path === 'file' ? 'refused' : `crashed: ${String(err)}`),
  );
  return Promise.race([read, timeout]);
}

describe('readTableFile: damaged .xlsx', () => {
  it('answers for a NUL byte inside the zip end record', async () => {
    const at = workbook.length - 10;
    expect(await settle(Uint8Array.from([...workbook.slice(0, at), 0, ...workbook.slice(at)]))).toMatch(/^(read|refused)$/);
  });

  it('answers for any bytes inserted near the end or the file cut anywhere', async () => {
    const damaged = fc.oneof(
      fc.tuple(fc.integer({ min: Math.max(0, workbook.length - 40), max: workbook.length }), fc.uint8Array({ minLength: 1, maxLength: 3 }))
        .map(([at, bad]) => Uint8Array.from([...workbook.slice(0, at), ...bad, ...workbook.slice(at)])),
      fc.integer({ min: 4, max: workbook.length - 1 }).map((n) => workbook.slice(0, n)),
    );
    await fc.assert(fc.asyncProperty(damaged, async (bytes) => {
      expect(await settle(bytes)).toMatch(/^(read|refused)$/);
    }), { numRuns: 60, seed: 5 });
  });
});
