/**
 * Field problems in the reader's language. Besides its English `message`, the server names the
 * rule a value broke (`code`, e.g. `zod.too_small`, `dni.length`) with its `params` (e.g.
 * `minimum`); a known code is worded from the catalog with the params filled in, and anything
 * else keeps the server's message. This table holds the contract (zod) rules the shell's forms
 * meet (login, setup, users); a module loaded on demand adds its own rules with
 * `addProblemTexts` when it loads (web/registry/problem-texts.ts), with its own catalog part.
 * The same table words the `rule` of a refusal that is not about one field (a consent already
 * withdrawn, a stale version): see `ruleText`.
 */
import type { ProblemDetail } from '../api/types.ts';
import { t, type MessageKey, type Params } from '../i18n/i18n.ts';

/** A catalog key whose `{placeholders}` the params fill, or a function that words the params. */
export type ProblemWording = MessageKey | ((params: Params) => string);

/** `zod.too_small` with a minimum of 1 means the field was left empty. */
const atLeast = (key: 'problem.tooSmall' | 'error.passwordTooShort') => (p: Params) =>
  p.minimum === 1 ? t('form.required') : t(key, p);

/**
 * Wordings by rule code. A `field:code` entry words the rule for that field only (a password
 * too short says so) and wins over the plain code.
 */
const WORDINGS: Record<string, ProblemWording> = {
  'zod.invalid_type': 'problem.missing',
  'zod.too_small': atLeast('problem.tooSmall'),
  'zod.too_big': 'problem.tooBig',
  'zod.invalid_format': 'problem.invalid',
  'zod.invalid_value': 'problem.choose',
  'zod.unrecognized_keys': 'problem.invalid',
  'zod.custom': 'problem.invalid',
  'password:zod.too_small': atLeast('error.passwordTooShort'),
  'username:zod.invalid_format': 'problem.username',
  'username.taken': 'problem.taken',
  'db.unique': 'problem.taken',
  'db.invalid': 'problem.invalid',
  'password.too_short': atLeast('error.passwordTooShort'),
  'password.too_long': 'problem.tooBig',
  'password.is_username': 'problem.passwordIsUsername',
  'db.reference': 'problem.reference',
  'db.required': 'form.required',
  'db.concurrent': 'problem.concurrent',
  'organisation.unknown': 'problem.organisationUnknown',
  'person.unknown': 'problem.personUnknown',
  'version.stale': 'error.versionConflict',
  'user.disable_self': 'problem.disableSelf',
  'setup.done': 'problem.setupDone',
  'totp.invalid': 'totp.problem.invalid',
  'totp.required': 'totp.problem.required',
  'totp.not_enrolled': 'totp.problem.notEnrolled',
  'totp.already_enrolled': 'totp.problem.alreadyEnrolled',
  'totp.nothing_pending': 'totp.problem.nothingPending',
};

/** Adds the wordings of a lazily loaded module's rules; its chunk calls this when it loads. */
export function addProblemTexts(more: Record<string, ProblemWording>): void {
  Object.assign(WORDINGS, more);
}

/** Whether a rule code has a wording (for the test that every code the server sends is worded). */
export function hasProblemText(code: string): boolean {
  return code in WORDINGS;
}

/** The field a detail path points at: its last segment (`body.username` → `username`). */
export function fieldOf(detail: Pick<ProblemDetail, 'path'>): string {
  const parts = detail.path.split(/[./]/).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

const word = (wording: ProblemWording, params: Params) => (typeof wording === 'function' ? wording(params) : t(wording, params));

/** The sentence for one field problem: the catalog's for a known code, else the server's. */
export function problemText(detail: ProblemDetail): string {
  const { code } = detail;
  const wording = code ? (WORDINGS[`${fieldOf(detail)}:${code}`] ?? WORDINGS[code]) : undefined;
  return wording ? word(wording, detail.params ?? {}) : detail.message;
}

/**
 * The sentence for the rule of a whole refusal (`consent.already_withdrawn` with its date), or
 * null when the rule has no wording here, so the caller falls back to the code's sentence.
 */
export function ruleText(rule: string | undefined, params: Params = {}): string | null {
  const wording = rule ? WORDINGS[rule] : undefined;
  return wording ? word(wording, params) : null;
}
