/**
 * Importing survey responses from a KoboToolbox or ODK Central export (CSV or XLSX). Each row
 * is decoded against the form; values that do not fit are reported with line and column and
 * counted, and the rest is imported. A submission already stored (same `_uuid`/`instanceID`)
 * is skipped, so importing the same file twice creates nothing the second time.
 */
import { authorize } from '../../domain/auth/actor.ts';
import type { CellProblem } from '../../domain/surveys/form.ts';
import { decodeResponses } from '../../domain/surveys/responses/decode-responses.ts';
import { validationFailed } from '../../domain/errors.ts';
import { readTableFile } from '../files/read-table.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import { visibleForm } from './forms.service.ts';

/** Problems listed in the answer; all are counted. */
export const MAX_LISTED_PROBLEMS = 200;

export interface ResponsesImportReport {
  form_id: string;
  rows: number;
  created: number;
  already_imported: number;
  duplicate_rows: number;
  problems: number;
  rows_with_problems: number;
  problem_list: CellProblem[];
}

export async function importResponses(deps: ServiceDeps, ctx: CallContext, opts: { formId: string; bytes: Uint8Array; fileName: string }): Promise<ResponsesImportReport> {
  authorize(ctx.actor, 'surveys.manage');
  const form = await visibleForm(deps, ctx, opts.formId);
  const table = await readTableFile(opts.bytes, opts.fileName);
  if (table.rows.length === 0) throw validationFailed([{ path: 'file', code: 'file.no_rows', message: 'the file has a header but no responses' }]);
  const decoded = decodeResponses(form.definition, {
    header: table.header,
    rows: table.rows.map((r) => ({ line: r.line, values: table.header.map((h) => r.values[h] ?? '') })),
  }, { maxProblems: MAX_LISTED_PROBLEMS });
  return deps.store.transaction(async (repos) => {
    const created = await repos.surveys.insertResponses(form.id, decoded.responses);
    const report: ResponsesImportReport = {
      form_id: form.id, rows: decoded.counts.rows, created, already_imported: decoded.responses.length - created,
      duplicate_rows: decoded.counts.duplicateRows, problems: decoded.counts.problems, rows_with_problems: decoded.counts.rowsWithProblems,
      problem_list: decoded.problems.slice(0, MAX_LISTED_PROBLEMS),
    };
    const { problem_list: _listed, ...counts } = report;
    await recordAudit(repos, ctx, deps.clock(), { action: 'import_responses', entity: 'survey_form', entityId: form.id, after: counts });
    return report;
  });
}
