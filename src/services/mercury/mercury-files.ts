/**
 * Mercury lists as CSV/XLSX downloads. A person's results and the reminders list (names: individual health information)
 * are built by personEvaluations and mercuryReminders, which check the rights and audit the
 * read, so a download is audited exactly like the JSON. The aggregate counts keep their suppression: a
 * hidden cell is an empty cell with `suppressed` true, never the number.
 */
import type { AggregateReport, EvaluationOutput, ReminderList } from '../../contracts/mercury.ts';
import { recordsFile, type FileFormat, type TableFile } from '../files/table-file.ts';

const REMINDER_COLUMNS = ['name', 'last_sampled_on', 'classification', 'follow_up', 'next_due_on', 'overdue', 'person_id'];
const AGGREGATE_COLUMNS = ['key', 'label', 'evaluated', 'above_reference', 'above_alert', 'suppressed'];
const EVALUATION_COLUMNS = [
  'sampled_on', 'sample_type', 'unit', 'value', 'classification', 'reference_used', 'alert_used', 'follow_up', 'next_due_on', 'laboratory', 'method', 'symptoms', 'note', 'id',
];

/** A person's results (read through personEvaluations, so her rights are checked and the read audited). */
export function evaluationsFile(personId: string, items: readonly EvaluationOutput[], format: FileFormat): Promise<TableFile> {
  return recordsFile(items, { columns: EVALUATION_COLUMNS, name: `pallay-mercury-${personId}`, sheet: 'mercury', format });
}

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
