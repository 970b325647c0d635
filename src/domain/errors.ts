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

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: FieldProblem[];
  /** Seconds a client should wait before retrying (rate limits). */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, opts: { details?: FieldProblem[]; retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = opts.details ?? [];
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} not found`);
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
