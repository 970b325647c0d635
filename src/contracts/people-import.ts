/** Contracts of the people import upload (`POST /api/people/import`) and its report. */
import { z } from 'zod';
import { FileName, Uuid } from './common.ts';

/** Query of `POST /api/people/import` (the body is the file itself, CSV or XLSX). */
export const PeopleImportQuery = z.strictObject({
  organisation_id: Uuid,
  dry_run: z.enum(['true', 'false']).default('true'),
  /** Column mapping for headers Pallay does not recognise, e.g. `Socia=given_names,Cargo=-`. */
  map: z.string().max(2000).optional(),
  file_name: FileName().default('upload.csv'),
});

export const RowReject = z.object({
  line: z.number().int(),
  column: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const PeopleImportReport = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  possible_duplicates: z.number().int(),
  rejected: z.number().int(),
  dry_run: z.boolean(),
  rejects: z.array(RowReject),
  columns: z.array(z.object({ column: z.string(), field: z.string() })),
  ignored_columns: z.array(z.object({ column: z.string(), reason: z.string() })),
  file: z.object({ format: z.string(), encoding: z.string().nullable(), separator: z.string().nullable(), rows: z.number().int() }),
});
export type PeopleImportReport = z.infer<typeof PeopleImportReport>;
