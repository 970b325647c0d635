/** The production rule codes in the reader's language: every code the lots and sales code sends is worded. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages as es } from '../i18n/es-production.ts';
import { addCatalogPart } from '../i18n/i18n.ts';
import { productionPart } from '../i18n/production-part.ts';
import { addProblemTexts, hasProblemText, problemText } from '../ui/problem-text.ts';
import { PRODUCTION_PROBLEM_TEXTS } from './problem-texts.ts';

beforeAll(() => {
  addCatalogPart(productionPart);
  addProblemTexts(PRODUCTION_PROBLEM_TEXTS);
});

const SERVER_FILES = [
  'domain/production/ledger-rules.ts', 'services/production/lots.service.ts', 'services/production/sales.service.ts',
  'services/production/ledger-access.ts', 'services/production/price-lookup.ts',
];

describe('production problem texts', () => {
  it('words rules with their params, and dates per field', () => {
    expect(problemText({ path: 'lots.0.weight_kg', message: 'x', code: 'lot.not_enough_ore', params: { remaining: 500 } })).toBe('Al lote solo le quedan 500 kg por vender.');
    expect(problemText({ path: 'grade_g_per_t', message: 'x', code: 'grade.confirm_high', params: { limit: 1000 } })).toBe('Es más de 1,000 g/t. Revise el número y marque la confirmación.');
    expect(problemText({ path: 'sold_on', message: 'x', code: 'date.in_future' })).toBe(es['check.notFuture']);
    expect(problemText({ path: 'paid_pen', message: 'x', code: 'zod.custom' })).toBe(es['check.paidPositive']);
  });

  it('has a wording for every rule code the lots and sales code sends', () => {
    const root = path.resolve(import.meta.dirname, '../../src');
    const codes = SERVER_FILES.flatMap((f) => [...readFileSync(path.join(root, f), 'utf8').matchAll(/(?:code|rule): '([a-z_]+\.[a-z_.]+)'/g)].map((m) => m[1]!));
    const perField = (code: string) => Object.keys(PRODUCTION_PROBLEM_TEXTS).some((k) => k.endsWith(`:${code}`));
    // Worded by the registry's texts: staff meet it on the merged person's page, where they are loaded.
    const inRegistry = new Set(['person.merged']);
    expect(codes.length).toBeGreaterThan(20);
    expect([...new Set(codes)].filter((code) => !hasProblemText(code) && !perField(code) && !inRegistry.has(code))).toEqual([]);
  });
});
