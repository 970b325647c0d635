/**
 * Mercury lists as CSV/XLSX downloads. The reminders list (names: individual health information)
 * is built by mercuryReminders, which checks the health-worker role and audits the read, so a
 * download is audited exactly like the JSON. The aggregate counts keep their suppression: a
 * hidden cell is an empty cell with `suppressed` true, never the number.
 */
import type { AggregateReport, ReminderList } from '../../contracts/mercury.ts';
import { recordsFile, type FileFormat, type TableFile } from '../files/table-file.ts';

const REMINDER_COLUMNS = ['name', 'last_sampled_on', 'classification', 'follow_up', 'next_due_on', 'overdue', 'person_id'];
const AGGREGATE_COLUMNS = ['key', 'label', 'evaluated', 'above_reference', 'above_alert', 'suppressed'];

export function remindersFile(list: ReminderList, format: FileFormat): Promise<TableFile> {
  return recordsFile(list.items, { columns: REMINDER_COLUMNS, name: `pallay-mercury-reminders-${list.until}`, sheet: 'reminders', format });
}

/** The groups, then a total row; counts under the minimum cell stay null (an empty cell). */
export function aggregateRows(report: AggregateReport): Record<string, unknown>[] {
  const totalHidden = Object.values(report.total).some((v) => v === null);
  return [...report.rows, { key: 'total', label: 'total', ...report.total, suppressed: totalHidden }];
}

export function aggregatesFile(report: AggregateReport, format: FileFormat): Promise<TableFile> {
  return recordsFile(aggregateRows(report), { columns: AGGREGATE_COLUMNS, name: `pallay-mercury-counts-by-${report.by}`, sheet: 'counts', format });
}
