/** The savings rule codes in the reader's language: every code the ledger and the savings services send is worded. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages as es } from '../i18n/es-savings.ts';
import { addCatalogPart, setLanguage } from '../i18n/i18n.ts';
import { savingsPart } from '../i18n/savings-part.ts';
import type { OutboxProblem } from '../offline/outbox-state.ts';
import { outboxProblemText } from '../offline/problem-wording.ts';
import { addProblemTexts, hasProblemText, problemText } from '../ui/problem-text.ts';
import { SAVINGS_PROBLEM_TEXTS } from './problem-texts.ts';

beforeAll(() => {
  addCatalogPart(savingsPart);
  addProblemTexts(SAVINGS_PROBLEM_TEXTS);
});

const root = path.resolve(import.meta.dirname, '../../src');
const SERVER_DIRS = ['domain/savings', 'services/savings'];

describe('savings problem texts', () => {
  it('has a wording for every rule code the ledger and the savings services send', () => {
    const files = SERVER_DIRS.flatMap((dir) => readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => path.join(root, dir, f)));
    const codes = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:code|rule): '([a-z_]+\.[a-z_.]+)'|reject\('([a-z_]+\.[a-z_.]+)'/g)].map((m) => (m[1] ?? m[2])!));
    expect(new Set(codes).size).toBeGreaterThan(15);
    expect([...new Set(codes)].filter((code) => !hasProblemText(code))).toEqual([]);
  });

  it('words a refused meeting in Spanish, never with the API English', () => {
    setLanguage('es', { storage: null, root: null });
    const problem: OutboxProblem = {
      status: 400, code: 'VALIDATION_FAILED', message: 'transactions.3 breaks a rule of the cycle: a loan of S/ 900.00 …',
      details: [{ path: 'transactions.3', code: 'loan.over_limit', message: 'a loan of S/ 900.00 would bring …' }],
    };
    expect(outboxProblemText(problem)).toBe(es['savings.check.loanOverLimit']);
    expect(problemText({ path: 'shares', message: 'x', code: 'shares.over_maximum' })).toBe(es['savings.check.sharesOver']);
  });
});
