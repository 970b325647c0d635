/**
 * PostgreSQL errors → AppError, in one place. Constraints are the last line of defence behind
 * the contract schemas; when one fires, the client gets a 4xx naming the field, not a 500.
 */
import { AppError } from '../domain/errors.ts';

interface PgErrorLike {
  code?: string;
  constraint?: string;
  column?: string;
  detail?: string;
}

function findPgError(err: unknown): PgErrorLike | undefined {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current; depth++) {
    const candidate = current as PgErrorLike & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** Field name from a constraint such as `users_username_unique` → `username`. */
function fieldOf(pg: PgErrorLike): string {
  if (pg.column) return pg.column;
  const match = /^[a-z]+_(.+?)_(unique|key|fkey|check|not_null)$/.exec(pg.constraint ?? '');
  return match?.[1] ?? pg.constraint ?? '(record)';
}

export function translateDbError(err: unknown): AppError | undefined {
  const pg = findPgError(err);
  if (!pg?.code) return undefined;
  const field = fieldOf(pg);
  switch (pg.code) {
    case '23505':
      return new AppError('CONFLICT', 'A record with this value already exists', { details: [{ path: field, code: 'db.unique', message: 'is already taken' }] });
    case '23503':
      return new AppError('VALIDATION_FAILED', 'A referenced record does not exist or is still in use', { details: [{ path: field, code: 'db.reference', message: 'refers to a record that does not exist or is in use' }] });
    case '23502':
      return new AppError('VALIDATION_FAILED', 'A required value is missing', { details: [{ path: field, code: 'db.required', message: 'is required' }] });
    case '23514':
    case '22P02':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
      return new AppError('VALIDATION_FAILED', 'A value is not valid', { details: [{ path: field, code: 'db.invalid', message: 'is not valid' }] });
    case '40001':
    case '40P01':
      return new AppError('CONFLICT', 'The record was changed at the same time by someone else; try again', { rule: 'db.concurrent' });
    default:
      return undefined;
  }
}
