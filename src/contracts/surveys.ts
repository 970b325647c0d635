/**
 * Survey contracts: imported questionnaires (a summary, and the questions a dashboard can
 * disaggregate by) and the report of a responses import.
 */
import { z } from 'zod';
import { FileName, Uuid } from './common.ts';

export const FormSummary = z.object({
  id: Uuid,
  form_id: z.string(),
  version: z.string(),
  title: z.string(),
  questions: z.number().int(),
  languages: z.array(z.string()),
  responses: z.number().int(),
  organisation_id: Uuid.nullable(),
  imported_at: z.string(),
});

export const FormQuestion = z.object({
  name: z.string(),
  type: z.string(),
  labels: z.record(z.string(), z.string()),
  list_name: z.string().nullable(),
  choices: z.array(z.object({ name: z.string(), labels: z.record(z.string(), z.string()) })),
  path: z.array(z.string()),
  in_repeat: z.boolean(),
});

export const FormDetail = z.object({ form: FormSummary, questions: z.array(FormQuestion) });
export const FormList = z.object({ items: z.array(FormSummary) });
export const FormImportResult = z.object({ form: FormSummary, created: z.boolean() });

export const UploadQuery = z.strictObject({
  /** The uploaded file's name (its extension tells CSV from XLSX). */
  file_name: FileName(1),
  organisation_id: Uuid.optional(),
});

export const CellProblemOutput = z.object({ line: z.number().int(), column: z.string(), code: z.string(), message: z.string() });

export const ResponsesImportReport = z.object({
  form_id: Uuid,
  rows: z.number().int(),
  created: z.number().int(),
  already_imported: z.number().int(),
  duplicate_rows: z.number().int(),
  problems: z.number().int(),
  rows_with_problems: z.number().int(),
  problem_list: z.array(CellProblemOutput),
});
