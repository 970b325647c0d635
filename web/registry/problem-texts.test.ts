/** The registry's rule codes in the reader's language, the same words as the form's own checks. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { messages as es } from '../i18n/es-registry.ts';
import { addCatalogPart } from '../i18n/i18n.ts';
import { registryPart } from '../i18n/registry-part.ts';
import { describeError } from '../ui/errors.ts';
import { addProblemTexts, hasProblemText, problemText } from '../ui/problem-text.ts';
import { EMPTY_DRAFT, draftProblems } from './person-draft.ts';
import { REGISTRY_PROBLEM_TEXTS } from './problem-texts.ts';

beforeAll(() => {
  addCatalogPart(registryPart);
  addProblemTexts(REGISTRY_PROBLEM_TEXTS);
});

describe('registry problem texts', () => {
  it('words domain rule codes with their params', () => {
    expect(problemText({ path: 'birth_date', message: 'cannot be before 1900-01-01', code: 'date.too_early', params: { earliest: '1900-01-01' } }))
      .toBe('La fecha no puede ser anterior al 01/01/1900.');
    expect(problemText({ path: 'parent_id', message: 'would make…', code: 'parent_id.cycle' })).toBe(es['org.check.parentCycle']);
    expect(problemText({ path: 'id_number', message: 'is already registered', code: 'id_number.taken' })).toBe(es['person.check.dniTaken']);
  });

  it('says a rule the same way whether the form or the server caught it', () => {
    const local = draftProblems({ ...EMPTY_DRAFT, id_number: '1234567', ruc: '123', profiles: [] }, { needsOrganisation: false });
    expect(problemText({ path: 'id_number', message: 'a DNI must have exactly 8 digits; got "1234567"', code: 'dni.length', params: { value: '1234567' } }))
      .toBe(local.id_number);
    expect(problemText({ path: 'ruc', message: 'must have exactly 11 digits', code: 'zod.invalid_format', params: { format: 'regex' } })).toBe(local.ruc);
    expect(problemText({ path: 'profiles', message: 'choose at least one profile', code: 'zod.too_small', params: { minimum: 1 } })).toBe(local.profiles);
  });

  it('keeps the plain zod wording for other fields', () => {
    expect(problemText({ path: 'reinfo_code', message: 'Too big', code: 'zod.too_big', params: { maximum: 40 } })).toBe('Es más que el máximo permitido (40).');
  });
});

describe('rows of an import file that could not be read', () => {
  const reject = (code: string, params: Record<string, string | number> = {}) => problemText({ path: 'Sexo', message: 'English', code, params });

  it('names the word written and the words to write instead, in Spanish', () => {
    expect(reject('import.word.unknown', { value: 'X', words: 'F, M, Mujer, Hombre' })).toBe('No se reconoce «X». Escribe: F, M, Mujer, Hombre.');
    expect(reject('import.value.empty', { words: 'pallaquera, minera, minero, otro' })).toBe('Está vacío. Escribe: pallaquera, minera, minero, otro.');
    expect(reject('import.value.empty')).toBe(es['import.check.empty']);
    expect(reject('import.date.not_real', { value: '31/02/1990', days: 28 })).toBe('«31/02/1990» no es una fecha real: ese mes tiene 28 días.');
    expect(reject('import.dni.length_ce', { count: 9 })).toMatch(/^El DNI tiene 8 números; este tiene 9\./);
  });
});

describe('refusals that are not about one field', () => {
  const refusal = (code: string, rule: string, params: Record<string, string | number> = {}) =>
    describeError(new ApiError({ code, message: 'English', status: 409, rule, params }));

  it('words the rule with its params', () => {
    expect(refusal('CONFLICT', 'consent.already_withdrawn', { date: '2026-03-05' })).toBe('Este consentimiento ya se retiró el 05/03/2026.');
    expect(refusal('CONFLICT', 'duplicate.already_decided', { status: 'distinct' })).toBe(es['check.pairDistinct']);
    expect(refusal('CONFLICT', 'duplicate.already_decided', { status: 'merged' })).toBe(es['check.pairMerged']);
    expect(refusal('CONFLICT', 'person.merged')).toBe(es['check.personMerged']);
    expect(refusal('CONFLICT', 'duplicate.person_cancelled', { person_id: 'x' })).toBe(es['check.mergeCancelledPerson']);
    expect(refusal('CONFLICT', 'duplicate.savings_books', { cycle_id: 'x', starts_on: '2026-01-01', ends_on: '2026-12-31' })).toMatch(/del 01\/01\/2026 al 31\/12\/2026 que/);
  });
});

/** Rule codes written as literals in the server code the registry and account screens meet. */
function serverCodes(): string[] {
  const root = path.resolve(import.meta.dirname, '../../src');
  const places = ['domain/registry', 'domain/auth', 'domain/errors.ts', 'services/registry', 'services/accounts', 'db/errors.ts', 'http'];
  const files = (p: string): string[] => statSync(p).isDirectory() ? readdirSync(p).flatMap((f) => files(path.join(p, f))) : [p];
  const codes = places.flatMap((place) => files(path.join(root, place)))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/(?:code|rule): '([a-z_]+\.[a-z_.]+)'|'(import\.[a-z_.]+)'/g)].map((m) => (m[1] ?? m[2])!));
  return [...new Set(codes)].sort();
}

describe('every rule code the server sends', () => {
  it('has a wording, so no English reaches a Spanish screen', () => {
    // file.* are worded by the import wizard (import-errors.ts); map.invalid comes only from the CLI's --map.
    const elsewhere = (code: string) => code.startsWith('file.') || code === 'map.invalid' || code.startsWith('zod.');
    const codes = serverCodes();
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((code) => !elsewhere(code) && !hasProblemText(code))).toEqual([]);
  });
});
