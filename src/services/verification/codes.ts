/**
 * Verification codes shared by every document the public /verify page checks (income
 * statements, training certificates): 20 symbols of Crockford's base 32, 100 random bits, so a
 * code can be neither guessed nor enumerated; typing is forgiving (case, dashes, O/I/L).
 */
import { randomBytes } from 'node:crypto';

/** Crockford's base32 without I, L, O, U: easy to read aloud and type from paper. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 20 symbols × 5 bits = 100 random bits (the issue asks for at least 80). */
const CODE_LENGTH = 20;
/** What a normalised code looks like; anything else is never looked up. */
export const CODE_SHAPE = /^[0-9A-HJKMNP-TV-Z]{20}$/;

export function newVerificationCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  return Array.from(bytes, (b) => CODE_ALPHABET[b & 31]).join('');
}

/** What people type back: any case, with or without the dashes the PDF prints. */
export function normaliseCode(raw: string): string {
  return raw.toUpperCase().replace(/[-\s]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** "ABCD-EFGH-…": how a code is printed, in groups of four. */
export function groupedCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1-');
}

/** The public link a document's QR code points to. */
export function verifyUrl(publicUrl: string | undefined, code: string): string {
  return `${(publicUrl ?? 'http://localhost:3000').replace(/\/$/, '')}/verify/${code}`;
}
