/** Error wording: catalog sentences for known codes, server text otherwise, details per field. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import type { ProblemDetail } from '../api/types.ts';
import { messages as es } from '../i18n/es.ts';
import { describeError, fieldErrors, unplacedDetails } from './errors.ts';

const problem = (code: string, message = 'Texto del servidor', details: ProblemDetail[] = []) =>
  new ApiError({ code, message, status: 400, details });

describe('errors', () => {
  it('uses the catalog for known codes and the server message otherwise', () => {
    expect(describeError(problem('RATE_LIMITED'))).toBe(es['error.rateLimited']);
    expect(describeError(problem('UNAUTHENTICATED'), { UNAUTHENTICATED: 'error.invalidLogin' })).toBe(es['error.invalidLogin']);
    expect(describeError(problem('CONFLICT', 'El usuario ya existe'))).toBe('El usuario ya existe');
    expect(describeError(problem('CONFLICT', ''))).toBe(es['error.unexpected']);
    expect(describeError(new TypeError('boom'))).toBe(es['error.unexpected']);
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
