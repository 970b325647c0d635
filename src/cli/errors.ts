/**
 * How the CLI reports failure: one clear line (plus field details) and an exit code; a stack
 * only for the unexpected. Kept apart from the commands so `pallay help` loads nothing else.
 */
import { AppError, OperatorError } from '../domain/errors.ts';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {}

/** Prints an error the way a person can act on it; returns the exit code. */
export function reportError(err: unknown): number {
  if (err instanceof UsageError) {
    process.stderr.write(`pallay: ${err.message}\nRun "npx pallay help" for usage.\n`);
    return EXIT_USAGE;
  }
  if (err instanceof AppError) {
    process.stderr.write(`pallay: ${err.message}\n`);
    for (const d of err.details) process.stderr.write(`  - ${d.path}: ${d.message}\n`);
    return EXIT_FAILED;
  }
  if (err instanceof OperatorError) {
    process.stderr.write(`pallay: ${err.message}\n`);
    return EXIT_FAILED;
  }
  process.stderr.write(`pallay: unexpected error: ${err instanceof Error ? err.stack : String(err)}\n`);
  return EXIT_FAILED;
}
