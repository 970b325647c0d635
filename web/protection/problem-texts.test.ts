/** The equipment and mercury rule codes in the reader's language: every code those services send is worded. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCatalogPart } from '../i18n/i18n.ts';
import { protectionPart } from '../i18n/protection-part.ts';
import { addProblemTexts, hasProblemText, problemText } from '../ui/problem-text.ts';
import { PROTECTION_PROBLEM_TEXTS } from './problem-texts.ts';

beforeAll(() => {
  addCatalogPart(protectionPart);
  addProblemTexts(PROTECTION_PROBLEM_TEXTS);
});

const SERVER_FILES = [
  'services/protection/stock.service.ts', 'services/protection/distributions.service.ts', 'services/protection/lacking.service.ts',
  'services/mercury/evaluations.service.ts', 'services/mercury/thresholds.service.ts', 'contracts/services-directory.ts',
];

describe('protection problem texts', () => {
  it('names the item and what is left when a hand-out is beyond stock', () => {
    expect(problemText({ path: 'items.1.quantity', message: 'x', code: 'ppe.beyond_stock', params: { item: 'Botas', on_hand: 2 } })).toBe('Solo quedan 2 de «Botas».');
  });

  it('names the refused phone and says where Peru is', () => {
    expect(problemText({ path: 'phones', message: 'x', code: 'phone.not_peruvian', params: { phone: '12345' } })).toMatch(/^«12345» no es un teléfono del Perú/);
    expect(problemText({ path: 'lat', message: 'x', code: 'zod.too_big', params: { maximum: 0.1 } })).toMatch(/fuera del Perú/);
  });

  it('has a wording for every rule code the equipment and mercury services send', () => {
    const root = path.resolve(import.meta.dirname, '../../src');
    const codes = SERVER_FILES.flatMap((f) => [...readFileSync(path.join(root, f), 'utf8').matchAll(/code: '([a-z_]+\.[a-z_.]+)'/g)].map((m) => m[1]!));
    const perField = (code: string) => Object.keys(PROTECTION_PROBLEM_TEXTS).some((k) => k.endsWith(`:${code}`));
    expect(codes.length).toBeGreaterThan(8);
    expect([...new Set(codes)].filter((code) => !hasProblemText(code) && !perField(code))).toEqual([]);
  });
});
