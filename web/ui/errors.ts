/**
 * Turns API failures into text for people, never into the server's English: a refusal whose
 * rule has a wording says that rule ("this consent was already withdrawn on …"), every error code
 * has a sentence from the catalog in the chosen language, and field problems are matched to the
 * form field they belong to and worded by their rule code (problem-text.ts).
 */
import { ApiError } from '../api/client.ts';
import type { ProblemDetail } from '../api/types.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { fieldOf, problemText, ruleText } from './problem-text.ts';

/** Catalog sentences for codes whose meaning does not depend on the screen. */
function messageForCode(err: ApiError): string {
  switch (err.code) {
    case 'NETWORK':
      return t('error.network');
    case 'RATE_LIMITED':
      return t('error.rateLimited');
    case 'FORBIDDEN':
      return t('error.forbidden');
    case 'UNAUTHENTICATED':
      return t('error.sessionExpired');
    case 'VALIDATION_FAILED':
      return t('error.checkFields');
    case 'NOT_FOUND':
      return t('error.notFound');
    case 'CONFLICT':
      return err.details.length ? t('error.checkFields') : t('error.conflict');
    case 'VERSION_CONFLICT':
      return t('error.versionConflict');
    case 'PAYLOAD_TOO_LARGE':
      return t('error.tooLarge');
    case 'UNSUPPORTED_MEDIA_TYPE':
      return t('error.unsupported');
    case 'INTERNAL':
      return t('error.internal');
    default:
      return t('error.unexpected');
  }
}

/**
 * The sentence to show for `err`. `overrides` lets a screen word a code its own way, e.g. the
 * login page says "wrong username or password" for UNAUTHENTICATED.
 */
export function describeError(err: unknown, overrides: Partial<Record<string, MessageKey>> = {}): string {
  if (!(err instanceof ApiError)) return t('error.unexpected');
  const override = overrides[err.code];
  if (override) return t(override);
  return ruleText(err.rule, err.params) ?? messageForCode(err);
}

/** Field problems of `err`, keyed by field name; several problems on one field are joined. */
export function fieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(err instanceof ApiError)) return out;
  for (const detail of err.details) {
    const field = fieldOf(detail);
    const text = problemText(detail);
    out[field] = out[field] ? `${out[field]} ${text}` : text;
  }
  return out;
}

/** Problems of `err` that no visible field will show, so the summary lists them instead. */
export function unplacedDetails(err: unknown, fields: readonly string[]): ProblemDetail[] {
  if (!(err instanceof ApiError)) return [];
  return err.details.filter((d) => !fields.includes(fieldOf(d)));
}
