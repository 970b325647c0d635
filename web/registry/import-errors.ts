/**
 * Why an upload was refused, in plain words for the person who chose the file: the server names
 * each refusal of a file by a rule code (file.xls, file.pdf, file.missing_column, …), which the
 * wizard says from the catalog; any other coded problem is worded by ui/problem-text.ts, and an
 * uncoded one falls back to the shared error sentences.
 */
import { ApiError } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { describeError } from '../ui/errors.ts';
import { problemText } from '../ui/problem-text.ts';
import { fieldLabel, type ImportField } from './import-plan.ts';

/** The biggest file the server accepts (MAX_IMPORT_BYTES of src/http/routes/import.routes.ts). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Names the server gives required columns in a missing-columns refusal (REQUIRED_COLUMNS). */
const REQUIRED: Record<string, ImportField> = {
  'given names': 'given_names',
  'paternal surname': 'paternal_surname',
  sex: 'sex',
  profile: 'profiles',
};

const FILE_CODES: Record<string, () => string> = {
  'file.xls': () => t('import.error.xls'),
  'file.pdf': () => t('import.error.pdf'),
  'file.ods': () => t('import.error.ods'),
  'file.format': () => t('import.error.format'),
  'file.empty': () => t('import.error.empty'),
  'file.unreadable': () => t('import.error.unreadable'),
  'file.binary': () => t('import.error.unreadable'),
};

function refusedFile(err: ApiError): string | null {
  const missing = err.details.filter((d) => d.code === 'file.missing_column' && d.path in REQUIRED);
  if (missing.length > 0) {
    return t('import.error.missingColumns', { columns: missing.map((d) => fieldLabel(REQUIRED[d.path]!)).join(', ') });
  }
  const quote = err.details.find((d) => d.code === 'file.unclosed_quote');
  if (quote) return t('import.error.unclosedQuote', { line: String(quote.params?.line ?? '') });
  const known = err.details.find((d) => d.code && d.code in FILE_CODES);
  if (known) return FILE_CODES[known.code!]!();
  if (err.details.some((d) => d.path === 'org')) return t('import.error.organisation');
  return null;
}

/** A field problem the server named by code (say, a contract rule of the query), worded. */
function codedProblem(err: ApiError): string | null {
  const detail = err.details.find((d) => d.code);
  return detail ? problemText(detail) : null;
}

/** The sentence to show next to the file input for a failed dry run or import. */
export function describeImportError(err: unknown): string {
  if (!(err instanceof ApiError)) return describeError(err);
  if (err.status === 413 || err.code === 'PAYLOAD_TOO_LARGE') return t('import.error.tooLarge');
  if (err.status === 415 || err.code === 'UNSUPPORTED_MEDIA_TYPE') return refusedFile(err) ?? t('import.error.format');
  if (err.status === 403) return t('import.error.forbidden');
  if (err.code === 'VALIDATION_FAILED') return refusedFile(err) ?? codedProblem(err) ?? describeError(err);
  return describeError(err);
}

/** A refusal decided before sending: the file is empty or over the size limit. */
export function checkFileSize(size: number): string | null {
  if (size === 0) return t('import.error.empty');
  if (size > MAX_IMPORT_BYTES) return t('import.error.tooLarge');
  return null;
}
