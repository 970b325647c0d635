/**
 * Why an upload was refused, in plain words for the person who chose the file. The server's
 * refusals of a file carry no rule code yet (only field problems do: ui/problem-text.ts), so the
 * wizard recognises the cases people meet (too big, old .xls, PDF, empty, a quote never closed,
 * required columns missing) by status, detail path and, where nothing else tells them apart,
 * the English wording, and says them from the catalog; a refusal it does not recognise shows
 * its first coded field problem in the reader's language, else the shared error sentences.
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

function unsupportedFormat(err: ApiError): string {
  const why = [err.message, ...err.details.map((d) => d.message)].join(' ');
  if (/\.xls\b/i.test(why)) return t('import.error.xls');
  if (/\bPDF\b/.test(why)) return t('import.error.pdf');
  if (/OpenDocument|\.ods\b/i.test(why)) return t('import.error.ods');
  return t('import.error.format');
}

function refusedFile(err: ApiError): string | null {
  const missing = err.details.filter((d) => d.path in REQUIRED);
  if (missing.length > 0) {
    return t('import.error.missingColumns', { columns: missing.map((d) => fieldLabel(REQUIRED[d.path]!)).join(', ') });
  }
  const quote = err.details.map((d) => /^line (\d+)$/.exec(d.path)).find(Boolean);
  if (quote) return t('import.error.unclosedQuote', { line: quote[1]! });
  const file = err.details.find((d) => d.path === 'file');
  if (file) return /empty/.test(file.message) ? t('import.error.empty') : t('import.error.unreadable');
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
  if (err.status === 415 || err.code === 'UNSUPPORTED_MEDIA_TYPE') return unsupportedFormat(err);
  if (err.status === 403) return t('import.error.forbidden');
  if (err.code === 'VALIDATION_FAILED') return refusedFile(err) ?? codedProblem(err) ?? err.message;
  return describeError(err);
}

/** A refusal decided before sending: the file is empty or over the size limit. */
export function checkFileSize(size: number): string | null {
  if (size === 0) return t('import.error.empty');
  if (size > MAX_IMPORT_BYTES) return t('import.error.tooLarge');
  return null;
}
