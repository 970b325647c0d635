/** The referral rule codes in the reader's language: every code the referral services send is worded, in Spanish and English. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { addCatalogPart, setLanguage } from '../i18n/i18n.ts';
import { referralsPart } from '../i18n/referrals-part.ts';
import { describeError } from '../ui/errors.ts';
import { addProblemTexts, hasProblemText, problemText } from '../ui/problem-text.ts';
import { REFERRAL_PROBLEM_TEXTS } from './problem-texts.ts';

const env = { storage: null, root: null };
beforeAll(() => {
  addCatalogPart(referralsPart);
  addProblemTexts(REFERRAL_PROBLEM_TEXTS);
});
afterAll(() => setLanguage('es', env));

/** `[field, code]` of every rule the referral services name, read from their source. */
function serverRules(): [string, string][] {
  const dir = path.resolve(import.meta.dirname, '../../src/services/referrals');
  const found = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).flatMap((f) => {
    const code = readFileSync(path.join(dir, f), 'utf8');
    const fields = [...code.matchAll(/path: '([a-z_.]+)', code: '([a-z_.]+)'/g)].map((m): [string, string] => [m[1]!.split('.').pop()!, m[2]!]);
    const rules = [...code.matchAll(/rule: '([a-z_.]+)'/g)].map((m): [string, string] => ['', m[1]!]);
    const staff = [...code.matchAll(/code: `referral\.not_a_\$\{role\}`/g)].flatMap((): [string, string][] => [['', 'referral.not_a_case_worker'], ['', 'referral.not_a_case_supervisor']]);
    const anyField = [...code.matchAll(/code: '([a-z_]+\.[a-z_.]+)'/g)].map((m): [string, string] => ['*', m[1]!]);
    return [...fields, ...rules, ...staff, ...anyField];
  });
  return found;
}

describe('referral problem texts', () => {
  it('has a wording for every rule the referral services send', () => {
    const rules = serverRules();
    expect(rules.length).toBeGreaterThan(8);
    const perSomeField = (code: string) => Object.keys(REFERRAL_PROBLEM_TEXTS).some((k) => k.endsWith(`:${code}`));
    const isWorded = ([field, code]: [string, string]) => hasProblemText(code) || (field === '*' ? perSomeField(code) : hasProblemText(`${field}:${code}`));
    const unworded = rules.filter((rule) => !isWorded(rule));
    expect(unworded).toEqual([]);
  });

  it('words consent and survivor problems, and a closed referral, in Spanish and English', () => {
    const consent = { path: 'consent', message: 'x', code: 'referral.consent_required' };
    expect(problemText(consent)).toMatch(/^Registre el consentimiento informado/);
    expect(problemText({ path: 'incident_on', message: 'x', code: 'date.in_future', params: { max: '2026-03-01' } })).toBe('La fecha no puede ser posterior a hoy (2026-03-01).');
    const closed = new ApiError({ code: 'CONFLICT', message: 'This referral is closed', status: 409, rule: 'referral.closed' });
    expect(describeError(closed)).toBe('Esta derivación ya está cerrada: no se le puede añadir ni cambiar nada.');
    setLanguage('en', env);
    expect(problemText(consent)).toMatch(/^Record her informed consent/);
    expect(describeError(closed)).toBe('This referral is closed: nothing can be added or changed.');
  });
});
