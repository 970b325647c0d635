/**
 * `POST /api/people/import`: the web import wizard's upload. The body is the file itself (CSV or
 * XLSX, up to 20 MB); the query names the organisation, the column mapping and whether this is
 * a dry run. The wizard dry-runs first, shows the report, then confirms with dry_run=false.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { PeopleImportQuery, PeopleImportReport } from '../../contracts/people-import.ts';
import { AppError } from '../../domain/errors.ts';
import { importPeopleFile } from '../../services/registry/import-file.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonResponse, problemResponses } from '../openapi.ts';

export const IMPORT_PATH = '/api/people/import';
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function importRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.use(IMPORT_PATH, bodyLimit({ maxSize: MAX_IMPORT_BYTES, onError: () => { throw new AppError('PAYLOAD_TOO_LARGE', 'Files up to 20 MB can be imported; split larger lists'); } }));
  app.openapi(
    createRoute({
      method: 'post', path: IMPORT_PATH, tags: ['registry'], summary: 'Import people from a CSV or XLSX file sent as the body (dry run by default)',
      request: { query: PeopleImportQuery, body: { required: true, content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } } } },
      responses: { 200: jsonResponse(PeopleImportReport, 'What was (or would be) imported, and every rejected row'), ...problemResponses(400, 401, 403, 413, 415) },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const report = await importPeopleFile(deps.services, callContext(c), {
        bytes, fileName: query.file_name, organisationId: query.organisation_id, dryRun: query.dry_run === 'true', map: query.map,
      });
      return c.json(report, 200);
    },
  );
  return app;
}
