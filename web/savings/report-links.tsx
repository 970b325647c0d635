/**
 * The savings downloads on a group's page: each cycle's group report (its table on screen, and
 * CSV, Excel or PDF) and each member's statement for a cycle (PDF or CSV, her passbook). Plain
 * links: the browser sends the session cookie and the server applies its own rights and audits
 * the statement read; nothing is built on the phone, so with no network the links simply fail.
 */
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { DownloadLinks, withFormat } from '../ui/download-links.tsx';
import { savingsFiles } from './savings-api.ts';

export function CycleReports({ cycleId }: { cycleId: string }) {
  return (
    <div class="savings-reports" data-testid="cycle-reports">
      <a href={`/savings/cycles/${cycleId}/report`} onClick={onLinkClick}>{t('savings.reportView')}</a>
      <DownloadLinks path={savingsFiles.report(cycleId)} csvLabel={t('savings.csv')} xlsxLabel={t('savings.xlsx')} pdfLabel={t('savings.pdf')} />
    </div>
  );
}

/** "PDF · CSV" of a member's statement, named for screen readers with her name. */
export function StatementLinks({ cycleId, personId, name }: { cycleId: string; personId: string; name: string }) {
  const path = savingsFiles.statement(cycleId, personId);
  return (
    <span data-testid="statement-links">
      <a href={withFormat(path, 'pdf')} download aria-label={t('savings.statementPdfOf', { name })}>{t('savings.pdf')}</a>
      {' · '}
      <a href={withFormat(path, 'csv')} download aria-label={t('savings.statementCsvOf', { name })}>{t('savings.csv')}</a>
    </span>
  );
}
