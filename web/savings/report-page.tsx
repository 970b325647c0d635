/**
 * `/savings/cycles/:id/report`: a cycle's group report on screen, one row per meeting and a last
 * row for the cycle as of today (or its end): total savings, loans outstanding, portfolio at risk
 * over 30 days (amount and share of the loans), and women among members and officers; with the
 * same report as CSV, Excel or PDF. Read from the server each time (not kept on the phone).
 */
import { useEffect, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { DownloadLinks } from '../ui/download-links.tsx';
import { ErrorSummary } from '../ui/form.tsx';
import { formatDate } from './freshness.tsx';
import { formatSoles } from './money.ts';
import { savingsApi, savingsFiles, type SavingsGroupReport } from './savings-api.ts';

type Figures = SavingsGroupReport['cycle'];

/** 0.125 → "12.5 %". */
const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10} %`;

function FigureCells({ f }: { f: Figures }) {
  return (
    <>
      <td>{formatSoles(f.total_savings_cents)}</td>
      <td>{formatSoles(f.loans_outstanding_cents)}</td>
      <td>{`${formatSoles(f.portfolio_at_risk_30.at_risk_cents)} (${percent(f.portfolio_at_risk_30.ratio)})`}</td>
      <td>{`${percent(f.women.members_share)} (${f.women.members_women}/${f.women.members})`}</td>
      <td>{`${percent(f.women.officers_share)} (${f.women.officers_women}/${f.women.officers})`}</td>
    </>
  );
}

function ReportTable({ report }: { report: SavingsGroupReport }) {
  return (
    <div class="savings-scroll">
      <table class="savings-table" data-testid="report-table">
        <thead>
          <tr>
            <th>{t('savings.reportDate')}</th><th>{t('savings.reportSavings')}</th><th>{t('savings.loansOutstanding')}</th>
            <th>{t('savings.reportPar30')}</th><th>{t('savings.reportWomenMembers')}</th><th>{t('savings.reportWomenOfficers')}</th>
          </tr>
        </thead>
        <tbody>
          {report.meetings.map((m) => (
            <tr key={m.held_on} data-testid="report-meeting"><td>{formatDate(m.held_on)}</td><FigureCells f={m} /></tr>
          ))}
          <tr class="savings-total" data-testid="report-cycle"><th scope="row">{t('savings.reportCycleAsOf', { date: formatDate(report.as_of) })}</th><FigureCells f={report.cycle} /></tr>
        </tbody>
      </table>
    </div>
  );
}

export function ReportPage({ cycleId }: { cycleId: string }) {
  const [report, setReport] = useState<SavingsGroupReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    savingsApi.report(cycleId).then(setReport, setError);
  }, [cycleId]);
  if (error) return <ErrorSummary error={error} />;
  if (!report) return <p class="loading">{t('app.loading')}</p>;
  return (
    <section>
      <p><a href={`/savings/groups/${report.group_id}`} onClick={onLinkClick}>{t('savings.backToGroup', { name: report.group_name })}</a></p>
      <h1>{t('savings.reportTitle', { name: report.group_name })}</h1>
      <p>{t('savings.reportCycle', { from: formatDate(report.starts_on), to: formatDate(report.ends_on) })}</p>
      {report.meetings.length === 0 && <p class="muted">{t('savings.reportNoMeetings')}</p>}
      <ReportTable report={report} />
      <DownloadLinks path={savingsFiles.report(cycleId)} csvLabel={t('savings.csv')} xlsxLabel={t('savings.xlsx')} pdfLabel={t('savings.pdf')} testId="report-downloads" />
    </section>
  );
}
