/**
 * Surveys over HTTP: upload an XLSForm (the body is the .xlsx file), list and read forms, and
 * upload a KoboToolbox or ODK Central export of responses (CSV or XLSX body).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { IdParam } from '../../contracts/common.ts';
import { FormDetail, FormImportResult, FormList, ResponsesImportReport, UploadQuery } from '../../contracts/surveys.ts';
import { AppError } from '../../domain/errors.ts';
import { formDetail, importForm, listForms } from '../../services/surveys/forms.service.ts';
import { importResponses } from '../../services/surveys/responses.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonResponse, problemResponses } from '../openapi.ts';

const FORMS_UPLOAD_PATHS = ['/api/forms', '/api/forms/:id/responses'];
export const MAX_SURVEY_UPLOAD_BYTES = 100 * 1024 * 1024;
const fileBody = { required: true, content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } } };
const tooLarge = () => { throw new AppError('PAYLOAD_TOO_LARGE', 'Survey files up to 100 MB can be uploaded; split larger exports'); };

export function surveysRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['surveys'];
  for (const path of FORMS_UPLOAD_PATHS) app.on('POST', path, bodyLimit({ maxSize: MAX_SURVEY_UPLOAD_BYTES, onError: tooLarge }));
  app.openapi(
    createRoute({ method: 'post', path: '/api/forms', tags, summary: 'Import a questionnaire from an XLSForm workbook sent as the body (the same form id and version again updates it)',
      request: { query: UploadQuery, body: fileBody }, responses: { 200: jsonResponse(FormImportResult, 'The form'), ...problemResponses(400, 401, 403, 413, 415) } }),
    async (c) => {
      const query = c.req.valid('query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(await importForm(deps.services, callContext(c), { bytes, fileName: query.file_name, organisationId: query.organisation_id ?? null }), 200);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/forms', tags, summary: 'Questionnaires of your network', responses: { 200: jsonResponse(FormList, 'Forms'), ...problemResponses(401, 403) } }),
    async (c) => c.json({ items: await listForms(deps.services, callContext(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/forms/{id}', tags, summary: 'A questionnaire with its questions and choices', request: { params: IdParam },
      responses: { 200: jsonResponse(FormDetail, 'The form'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json(await formDetail(deps.services, callContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/forms/{id}/responses', tags, summary: 'Import responses from a KoboToolbox or ODK Central export (CSV or XLSX body); values that do not fit are reported by line and column',
      request: { params: IdParam, query: UploadQuery.omit({ organisation_id: true }), body: fileBody },
      responses: { 200: jsonResponse(ResponsesImportReport, 'What was imported'), ...problemResponses(400, 401, 403, 404, 413, 415) } }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(await importResponses(deps.services, callContext(c), { formId: c.req.valid('param').id, bytes, fileName: c.req.valid('query').file_name }), 200);
    },
  );
  return app;
}
