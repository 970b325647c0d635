/** Error wording: catalog sentences for rules and codes (never the server's English), details per field. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import type { ProblemDetail } from '../api/types.ts';
import { messages as es } from '../i18n/es.ts';
import { describeError, fieldErrors, unplacedDetails } from './errors.ts';

const problem = (code: string, message = 'Texto del servidor', details: ProblemDetail[] = [], rule?: string) =>
  new ApiError({ code, message, status: 400, details, rule });

describe('errors', () => {
  it('uses the catalog for every code, never the server\'s English message', () => {
    expect(describeError(problem('RATE_LIMITED'))).toBe(es['error.rateLimited']);
    expect(describeError(problem('UNAUTHENTICATED'), { UNAUTHENTICATED: 'error.invalidLogin' })).toBe(es['error.invalidLogin']);
    expect(describeError(problem('NOT_FOUND', 'Mining site not found'))).toBe(es['error.notFound']);
    expect(describeError(problem('CONFLICT', 'This pair was already merged'))).toBe(es['error.conflict']);
    expect(describeError(problem('CONFLICT', 'That username is taken', [{ path: 'username', message: 'is already taken', code: 'username.taken' }])))
      .toBe(es['error.checkFields']);
    expect(describeError(problem('VERSION_CONFLICT', 'Someone changed this site'))).toBe(es['error.versionConflict']);
    expect(describeError(problem('INTERNAL', 'Something went wrong on our side'))).toBe(es['error.internal']);
    expect(describeError(problem('HTTP_502', 'Bad Gateway'))).toBe(es['error.unexpected']);
    expect(describeError(new TypeError('boom'))).toBe(es['error.unexpected']);
  });

  it('words the rule of a refusal that is not about one field, before the code\'s sentence', () => {
    expect(describeError(problem('CONFLICT', 'You cannot disable your own account', [], 'user.disable_self'))).toBe(es['problem.disableSelf']);
    expect(describeError(problem('CONFLICT', 'Pallay is already set up', [], 'setup.done'))).toBe(es['problem.setupDone']);
    expect(describeError(problem('CONFLICT', 'Some rule this screen does not know', [], 'unknown.rule'))).toBe(es['error.conflict']);
    expect(describeError(problem('VERSION_CONFLICT', 'x', [], 'version.stale'), { VERSION_CONFLICT: 'error.forbidden' })).toBe(es['error.forbidden']);
  });

  it('matches details to fields by the last path segment', () => {
    const err = problem('VALIDATION_FAILED', 'x', [
      { path: 'body.password', message: 'Muy corta.' },
      { path: 'password', message: 'Sin números.' },
      { path: 'username', message: 'Ya existe.' },
      { path: '', message: 'Algo general.' },
    ]);
    expect(fieldErrors(err)).toEqual({ password: 'Muy corta. Sin números.', username: 'Ya existe.', '': 'Algo general.' });
    expect(unplacedDetails(err, ['username', 'password'])).toEqual([{ path: '', message: 'Algo general.' }]);
  });

  it('words coded details in the reader\'s language and keeps the others', () => {
    const err = problem('VALIDATION_FAILED', 'x', [
      { path: 'password', message: 'must have at least 10 characters', code: 'zod.too_small', params: { minimum: 10 } },
      { path: 'display_name', message: 'Too small: expected string to have >=1 characters', code: 'zod.too_small', params: { minimum: 1 } },
      { path: 'username', message: 'is already taken' },
      { path: 'extra', message: 'is not a known field', code: 'zod.unrecognized_keys' },
    ]);
    expect(fieldErrors(err)).toMatchObject({
      password: 'La contraseña debe tener al menos 10 caracteres.',
      display_name: es['form.required'],
      username: 'is already taken',
    });
    expect(unplacedDetails(err, ['username', 'password', 'display_name'])).toHaveLength(1);
  });
});
