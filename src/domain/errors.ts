/**
 * AppError: the one error type that services and domain rules throw.
 * Codes are transport-free; only the HTTP error handler maps them to statuses,
 * and only the CLI maps them to exit codes.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'VERSION_CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * One problem with one input field; `path` is a dotted field path such as `items.2.name`.
 * `code` (with `params`) names the rule that failed, so a client can word it in the user's
 * language; `message` is the English wording for logs, the CLI and clients without a catalog.
 */
export interface FieldProblem {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

export interface AppErrorOptions {
  details?: FieldProblem[];
  /** Seconds a client should wait before retrying (rate limits). */
  retryAfterSeconds?: number;
  /**
   * The rule behind an error that is not about one field (`consent.already_withdrawn`), with
   * its `params`, so a client can word the whole refusal in the user's language.
   */
  rule?: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: FieldProblem[];
  readonly retryAfterSeconds: number | undefined;
  readonly rule: string | undefined;
  readonly params: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message: string, opts: AppErrorOptions = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = opts.details ?? [];
    this.retryAfterSeconds = opts.retryAfterSeconds;
    this.rule = opts.rule;
    this.params = opts.params;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} not found`);
}

/**
 * A stale `version` on an update: someone saved the record after the client read it.
 * @example versionConflict('organisation', 3) // VERSION_CONFLICT, rule version.stale, details version: is 3 now
 */
export function versionConflict(what: string, currentVersion: number): AppError {
  return new AppError('VERSION_CONFLICT', `Someone changed this ${what} since you opened it; reload and apply your change again`, {
    rule: 'version.stale',
    details: [{ path: 'version', code: 'version.stale', params: { version: currentVersion }, message: `is ${currentVersion} now` }],
  });
}

export function forbidden(message = 'You do not have permission to do this'): AppError {
  return new AppError('FORBIDDEN', message);
}

export function validationFailed(details: FieldProblem[], message = 'The input is not valid'): AppError {
  return new AppError('VALIDATION_FAILED', message, { details });
}

/**
 * An error about the installation rather than the request (a locked data folder, a damaged
 * backup file): its message is written for the operator and shown as is, without a stack.
 */
export class OperatorError extends Error {
  override name = 'OperatorError';
}
