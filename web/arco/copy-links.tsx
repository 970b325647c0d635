/**
 * The two download links of a copy of her data (JSON and PDF): plain links with `download`, as
 * in web/ui/download-links.tsx, so the browser sends the session cookie, the server checks the
 * right and audits the copy, and nothing of her data passes through the app's code.
 */
import type { CopyFormat } from './arco-rules.ts';
import { dataCopyHref } from './arco-rules.ts';
import './arco.css';

interface Props {
  personId: string;
  /** The date of her written request (staff); none when she downloads her own. */
  requestedOn?: string;
  labels: Record<CopyFormat, string>;
  testId: string;
}

export function CopyLinks({ personId, requestedOn, labels, testId }: Props) {
  return (
    <p class="arco-links" data-testid={testId}>
      <a href={dataCopyHref(personId, 'json', requestedOn)} download>{labels.json}</a>
      <a href={dataCopyHref(personId, 'pdf', requestedOn)} download>{labels.pdf}</a>
    </p>
  );
}
