/** The registry's rule codes in the reader's language, the same words as the form's own checks. */
import { beforeAll, describe, expect, it } from 'vitest';
import { messages as es } from '../i18n/es-registry.ts';
import { addCatalogPart } from '../i18n/i18n.ts';
import { registryPart } from '../i18n/registry-part.ts';
import { addProblemTexts, problemText } from '../ui/problem-text.ts';
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
