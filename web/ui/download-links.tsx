/**
 * "Download CSV · Download Excel" under a list the API also gives as a file (`?format=csv|xlsx`),
 * and "· PDF" where the API also prints it (`pdfLabel`, e.g. a savings group's report).
 * Plain links with `download`: the browser sends the session cookie, the server applies the
 * same rights as for the JSON list, and nothing is built on the phone.
 */
/** `json`: a data copy (ARCO) the API gives as a JSON file. */
export type FileFormat = 'csv' | 'xlsx' | 'pdf' | 'json';

/** `/api/ppe/stock?organisation_id=…` → `/api/ppe/stock?organisation_id=…&format=csv`. */
export const withFormat = (path: string, format: FileFormat): string => `${path}${path.includes('?') ? '&' : '?'}format=${format}`;

interface Props {
  /** The list's API path, with its filters. */
  path: string;
  csvLabel: string;
  xlsxLabel: string;
  /** Also a PDF link, for paths that print one (`?format=pdf`). */
  pdfLabel?: string;
  testId?: string;
}

export function DownloadLinks({ path, csvLabel, xlsxLabel, pdfLabel, testId }: Props) {
  return (
    <p class="downloads" data-testid={testId}>
      <a href={withFormat(path, 'csv')} download>{csvLabel}</a> · <a href={withFormat(path, 'xlsx')} download>{xlsxLabel}</a>
      {pdfLabel && <> · <a href={withFormat(path, 'pdf')} download>{pdfLabel}</a></>}
    </p>
  );
}
