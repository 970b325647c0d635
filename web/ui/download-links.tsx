/**
 * "Download CSV · Download Excel" under a list the API also gives as a file (`?format=csv|xlsx`).
 * Plain links with `download`: the browser sends the session cookie, the server applies the
 * same rights as for the JSON list, and nothing is built on the phone.
 */
export type FileFormat = 'csv' | 'xlsx';

/** `/api/ppe/stock?organisation_id=…` → `/api/ppe/stock?organisation_id=…&format=csv`. */
export const withFormat = (path: string, format: FileFormat): string => `${path}${path.includes('?') ? '&' : '?'}format=${format}`;

interface Props {
  /** The list's API path, with its filters. */
  path: string;
  csvLabel: string;
  xlsxLabel: string;
  testId?: string;
}

export function DownloadLinks({ path, csvLabel, xlsxLabel, testId }: Props) {
  return (
    <p class="downloads" data-testid={testId}>
      <a href={withFormat(path, 'csv')} download>{csvLabel}</a> · <a href={withFormat(path, 'xlsx')} download>{xlsxLabel}</a>
    </p>
  );
}
