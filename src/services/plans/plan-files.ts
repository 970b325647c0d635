/**
 * The list of action plans as a CSV/XLSX download: key, title, horizon, how many objectives,
 * results, actions and indicators each holds, and when it was last imported. The plans list is
 * open to every role with `plans.read` (checked by listPlans before this runs); the progress
 * report of one plan has its own XLSX and PDF (plan-report.service.ts).
 */
import type { PlanSummary } from '../../contracts/plans.ts';
import { recordsFile, type FileFormat, type TableFile } from '../files/table-file.ts';

const PLAN_COLUMNS = ['key', 'title', 'horizon', 'objectives', 'results', 'actions', 'indicators', 'source_file', 'updated_at', 'id'];

export function plansFile(plans: readonly PlanSummary[], format: FileFormat): Promise<TableFile> {
  return recordsFile(plans, { columns: PLAN_COLUMNS, name: 'pallay-plans', sheet: 'plans', format });
}
