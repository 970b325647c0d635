/**
 * Password rules for accounts: long enough to resist guessing, no composition games
 * (NIST SP 800-63B): at least 10 characters, at most 200, not the username.
 */
import type { FieldProblem } from '../errors.ts';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export function checkPassword(password: string, username: string, path = 'password'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push({ path, code: 'password.too_short', params: { minimum: PASSWORD_MIN_LENGTH }, message: `must have at least ${PASSWORD_MIN_LENGTH} characters` });
  if (length > PASSWORD_MAX_LENGTH) problems.push({ path, code: 'password.too_long', params: { maximum: PASSWORD_MAX_LENGTH }, message: `must have at most ${PASSWORD_MAX_LENGTH} characters` });
  if (password.toLowerCase() === username.toLowerCase()) problems.push({ path, code: 'password.is_username', message: 'must not be the username' });
  return problems;
}
