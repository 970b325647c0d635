/**
 * Every rule code the ARCO services send has a wording, in Spanish: the ARCO chunk's own, or the
 * registry's (dates, a merged or closed record), which is loaded wherever the cancellation opens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages as es } from '../i18n/es-arco.ts';
import { REGISTRY_PROBLEM_TEXTS } from '../registry/problem-texts.ts';
import { addProblemTexts, hasProblemText, problemText } from '../ui/problem-text.ts';
import './setup.ts';

addProblemTexts(REGISTRY_PROBLEM_TEXTS);

/** Field codes and refusal rules written as literals in src/services/arco. */
function arcoCodes(): string[] {
  const dir = path.resolve(import.meta.dirname, '../../src/services/arco');
  return readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .flatMap((f) => [...readFileSync(path.join(dir, f), 'utf8').matchAll(/(?:code|rule): '([a-z_]+\.[a-z_.]+)'/g)].map((m) => m[1]!));
}

describe('ARCO problem texts', () => {
  it('word every rule code the ARCO services send', () => {
    const codes = arcoCodes();
    expect(codes).toEqual(expect.arrayContaining(['legal_basis.names_her', 'person.cancelled', 'person.merged']));
    expect(codes.filter((code) => !hasProblemText(code))).toEqual([]);
  });

  it('say in Spanish that the legal basis must not name her', () => {
    expect(problemText({ path: 'legal_basis', message: 'must not contain her name', code: 'legal_basis.names_her' })).toBe(es['arco.check.namesHer']);
  });
});
