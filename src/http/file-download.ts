/**
 * Lists that can also be downloaded: the OpenAPI content of a response that is JSON, CSV or XLSX,
 * and the one way a route sends a file (attachment, never cached: these are personal lists).
 * The service decides the rows and applies the rights; routes only pick JSON or the file.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { TableFile } from '../services/files/table-file.ts';

export const FILE_CONTENT = {
  'text/csv': { schema: { type: 'string' as const } },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string' as const, format: 'binary' } },
};

/** A 200 response that is the JSON list, or the same list as CSV/XLSX with `?format=`. */
export function listResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema }, ...FILE_CONTENT } };
}

/** Sends a generated file as a download. */
export function sendFile(c: Context, file: TableFile) {
  return c.body(new Uint8Array(file.bytes), 200, {
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.filename}"`,
    'cache-control': 'no-store',
  });
}
