/**
 * The parts of an import report the wizard shows: the file as the server read it, the counts
 * (what would happen on a dry run, what happened after confirming), the columns with a choice
 * for each one that is not imported, and the rows with problems with a CSV of all of them.
 * Everything from the file (headers, server reasons) is rendered as text, never as HTML.
 */
import { t } from '../i18n/i18n.ts';
import { problemText } from '../ui/problem-text.ts';
import { downloadRejects } from './import-csv.ts';
import { fieldLabel, fileFacts, ignoredReason, IMPORT_FIELDS, type ColumnChoice } from './import-plan.ts';
import type { ImportReport } from './registry-api.ts';

/** How many rejects are listed on the page; the download has them all. */
export const REJECTS_SHOWN = 50;

function Pairs({ rows }: { rows: [label: string, value: string][] }) {
  return (
    <dl class="record">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function FileFacts({ report }: { report: ImportReport }) {
  return (
    <>
      <h2>{t('import.fileTitle')}</h2>
      <Pairs rows={fileFacts(report.file)} />
    </>
  );
}

/** The counts with the number first and large, so the outcome reads at a glance on a phone. */
export function Counts({ report, titleId }: { report: ImportReport; titleId: string }) {
  const dry = report.dry_run;
  const rows: [label: string, count: number][] = [
    [dry ? t('import.would.created') : t('import.done.created'), report.created],
    [dry ? t('import.would.updated') : t('import.done.updated'), report.updated],
    [dry ? t('import.would.unchanged') : t('import.done.unchanged'), report.unchanged],
    [t('import.possibleDuplicates'), report.possible_duplicates],
    [t('import.rejected'), report.rejected],
  ];
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1}>{dry ? t('import.dryRunTitle') : t('import.doneTitle')}</h2>
      <ul class="list import-counts">
        {rows.map(([label, count]) => (
          <li key={label} class="item">
            <strong class="item-title">{count}</strong>
            <span>{label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface ColumnsProps {
  report: ImportReport;
  /** Columns offered a choice, in the order they were first met. */
  mappable: readonly string[];
  choices: Readonly<Record<string, ColumnChoice>>;
  onChoose: (column: string, choice: ColumnChoice | '') => void;
}

export function Columns({ report, mappable, choices, onChoose }: ColumnsProps) {
  const reasons = new Map(report.ignored_columns.map((c) => [c.column, ignoredReason(c.reason)]));
  const unoffered = report.ignored_columns.filter((c) => !mappable.includes(c.column) && !c.reason.startsWith('--map'));
  return (
    <>
      <h2>{t('import.columnsTitle')}</h2>
      <p>{t('import.recognised')}</p>
      <Pairs rows={report.columns.map((c) => [c.column, fieldLabel(c.field)])} />
      {(mappable.length > 0 || unoffered.length > 0) && <p class="import-ignored">{t('import.ignoredIntro')}</p>}
      {mappable.map((column, i) => {
        const id = `map-${i}`;
        const reason = reasons.get(column);
        return (
          <div class="field subform" key={column}>
            <label for={id}>{t('import.mapLabel', { column })}</label>
            {reason && <p class="hint" id={`${id}-hint`}>{reason}</p>}
            <select id={id} value={choices[column] ?? ''} aria-describedby={reason ? `${id}-hint` : undefined}
              onChange={(e) => onChoose(column, e.currentTarget.value as ColumnChoice | '')}>
              {!choices[column] && <option value="">{t('import.map.choose')}</option>}
              <option value="-">{t('import.map.skip')}</option>
              {IMPORT_FIELDS.map((field) => <option key={field} value={field}>{fieldLabel(field)}</option>)}
            </select>
          </div>
        );
      })}
      {unoffered.length > 0 && (
        <ul class="list">
          {unoffered.map((c) => (
            <li key={c.column} class="item">
              <strong>{c.column}</strong>
              <span>{ignoredReason(c.reason)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function Rejects({ report, fileName }: { report: ImportReport; fileName: string }) {
  const { rejects } = report;
  if (rejects.length === 0) return null;
  const shown = rejects.slice(0, REJECTS_SHOWN);
  return (
    <>
      <h2>{t('import.rejectsTitle')}</h2>
      <p>{t('import.rejectsIntro')}</p>
      {rejects.length > shown.length && <p>{t('import.rejectsShown', { shown: shown.length, total: rejects.length })}</p>}
      <ul class="list import-rejects">
        {shown.map((r, i) => (
          <li key={i} class="item">
            <strong>{t('import.rejectAt', { line: r.line, column: r.column })}</strong>
            <span>{problemText({ path: r.column, message: r.message, code: r.code, params: r.params })}</span>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" class="secondary" onClick={() => downloadRejects(rejects, fileName)}>
          {t('import.downloadRejects')}
        </button>
      </p>
    </>
  );
}
