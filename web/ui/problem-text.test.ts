/** Wording of field problems by rule code: catalog text with params, the server's text otherwise. */
import { afterEach, describe, expect, it } from 'vitest';
import { messages as es } from '../i18n/es.ts';
import { catalog as en } from '../i18n/en.ts';
import { setLanguage } from '../i18n/i18n.ts';
import { addProblemTexts, fieldOf, problemText } from './problem-text.ts';

const noEnv = { storage: null, root: null };
afterEach(() => setLanguage('es', noEnv));

describe('problemText', () => {
  it('words zod too_small with its minimum, and a minimum of 1 as a required field', () => {
    expect(problemText({ path: 'display_name', message: 'Too small', code: 'zod.too_small', params: { minimum: 3 } }))
      .toBe('Es menos que el mínimo permitido (3).');
    expect(problemText({ path: 'display_name', message: 'Too small', code: 'zod.too_small', params: { minimum: 1 } }))
      .toBe(es['form.required']);
    expect(problemText({ path: 'name', message: 'Too big', code: 'zod.too_big', params: { maximum: 120 } }))
      .toBe('Es más que el máximo permitido (120).');
  });

  it('lets a field word a rule its own way: the password minimum, the username format', () => {
    expect(problemText({ path: 'body.password', message: 'must have at least 10 characters', code: 'zod.too_small', params: { minimum: 10 } }))
      .toBe('La contraseña debe tener al menos 10 caracteres.');
    expect(problemText({ path: 'password', message: 'Too small', code: 'zod.too_small', params: { minimum: 1 } })).toBe(es['form.required']);
    expect(problemText({ path: 'username', message: 'must be 3–64 characters', code: 'zod.invalid_format', params: { format: 'regex' } }))
      .toBe(es['problem.username']);
    expect(problemText({ path: 'organisation_id', message: 'Invalid UUID', code: 'zod.invalid_format', params: { format: 'uuid' } }))
      .toBe(es['problem.invalid']);
  });

  it('follows the chosen language', () => {
    setLanguage('en', noEnv);
    expect(problemText({ path: 'password', message: 'x', code: 'zod.too_small', params: { minimum: 10 } }))
      .toBe('The password must have at least 10 characters.');
    expect(problemText({ path: 'role', message: 'x', code: 'zod.invalid_value' })).toBe(en.messages['problem.choose']);
    setLanguage('qu', noEnv);
    expect(problemText({ path: 'role', message: 'x', code: 'zod.invalid_value' })).toBe(es['problem.choose']);
  });

  it("keeps the server's message for an unknown code or none", () => {
    expect(problemText({ path: 'x', message: 'is something new', code: 'brand.new_rule', params: { n: 1 } })).toBe('is something new');
    expect(problemText({ path: 'username', message: 'is already taken' })).toBe('is already taken');
  });

  it('fills the params of a code a lazily loaded module adds', () => {
    addProblemTexts({ 'test.greeting': 'home.greeting', 'test.fn': (p) => `<${p.value}>` });
    expect(problemText({ path: 'x', message: 'hi', code: 'test.greeting', params: { name: 'Rosa' } })).toBe('Hola, Rosa');
    expect(problemText({ path: 'x', message: 'hi', code: 'test.fn', params: { value: 7 } })).toBe('<7>');
  });

  it('names the field by the last path segment', () => {
    expect(fieldOf({ path: 'body.password' })).toBe('password');
    expect(fieldOf({ path: 'items/2/name' })).toBe('name');
    expect(fieldOf({ path: '' })).toBe('');
  });
});
