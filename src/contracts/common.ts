/**
 * Shapes shared by every API contract: the problem+json error body, ids, and safe strings.
 * Contracts import only zod so the server, the CLI and the web app can share them.
 */
import { z } from 'zod';

/** UUID in canonical text form (any version; the app makes UUIDv7). */
export const Uuid = z.uuid();

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Free text from people: trimmed, at least one character, bounded, and free of control
 * characters that break logs, CSV exports and PostgreSQL (NUL).
 * @example SafeText(120).parse(' Asociación Virgen del Carmen ') // 'Asociación Virgen del Carmen'
 */
export const SafeText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !CONTROL_CHARACTERS.test(s), 'must not contain control characters');

/**
 * A search string from a query parameter: trimmed, bounded, and free of control characters —
 * PostgreSQL refuses NUL in text, so `?q=%00` would otherwise fail in the database (a 500).
 * @example SearchText(80).optional().parse('ñaupari') // 'ñaupari'
 */
export const SearchText = (max: number) => z.string().trim().max(max).refine((s) => !CONTROL_CHARACTERS.test(s), 'must not contain control characters');

/**
 * The name of an uploaded file (a query parameter): bounded and free of control characters, as
 * it is kept in the audit log, where PostgreSQL refuses NUL.
 * @example FileName().default('upload.csv').parse('socias.xlsx') // 'socias.xlsx'
 */
export const FileName = (min = 0) => z.string().min(min).max(200).refine((s) => !CONTROL_CHARACTERS.test(s), 'must not contain control characters');

/** `code` names the rule (e.g. `dni.length`, `date.in_future`, `zod.too_small`) for clients that word it themselves. */
export const FieldProblem = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/**
 * Every error response (`application/problem+json`).
 * @example { "code": "VALIDATION_FAILED", "message": "The input is not valid", "details": [{ "path": "username", "message": "Required" }] }
 */
export const Problem = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().int(),
  code: z.string(),
  message: z.string(),
  /** The rule behind a refusal that is not about one field (`consent.already_withdrawn`), to word it. */
  rule: z.string().optional(),
  params: FieldProblem.shape.params,
  details: z.array(FieldProblem),
  request_id: z.string().optional(),
});
export type Problem = z.infer<typeof Problem>;

export const IdParam = z.object({ id: Uuid });

/** How a list is returned: JSON for the screens, or a CSV/XLSX download of the same rows and rights. */
export const ListFormat = z.enum(['json', 'csv', 'xlsx']).default('json');
export const ListFormatQuery = z.strictObject({ format: ListFormat });

export const Health = z.object({
  status: z.literal('ok'),
  db: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type Health = z.infer<typeof Health>;
