/**
 * Mercury exposure follow-up over HTTP: record an evaluation, a person's results (health
 * workers and the woman herself; every read audited by the service), aggregates with small
 * cells hidden, the reminders list (these three also as CSV/XLSX), and the screening thresholds
 * (admins change them).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParam, ListFormatQuery } from '../../contracts/common.ts';
import {
  AggregateQuery, AggregateReport, EvaluationEnvelope, EvaluationInput, EvaluationList, ReminderList, ReminderQuery, ThresholdEnvelope, ThresholdKeyParam,
  ThresholdList, ThresholdUpdate,
} from '../../contracts/mercury.ts';
import { mercuryAggregates, mercuryReminders } from '../../services/mercury/aggregates.service.ts';
import { personEvaluations, recordEvaluation } from '../../services/mercury/evaluations.service.ts';
import { aggregatesFile, evaluationsFile, remindersFile } from '../../services/mercury/mercury-files.ts';
import { listThresholds, updateThreshold } from '../../services/mercury/thresholds.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { listResponse, sendFile } from '../file-download.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function mercuryRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['mercury'];
  const s = deps.services;
  app.openapi(
    createRoute({ method: 'post', path: '/api/mercury/evaluations', tags, summary: 'Record a mercury evaluation (health workers; idempotent on id); classed against the thresholds',
      request: { body: jsonBody(EvaluationInput) }, responses: { 201: jsonResponse(EvaluationEnvelope, 'Recorded'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ evaluation: await recordEvaluation(s, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/people/{id}/mercury', tags, summary: 'A person\'s mercury evaluations (health workers, the woman herself; audited)',
      request: { params: IdParam, query: ListFormatQuery },
      responses: { 200: listResponse(EvaluationList, 'Her evaluations (JSON, or CSV/XLSX with format)'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      const personId = c.req.valid('param').id;
      const { format } = c.req.valid('query');
      const items = await personEvaluations(s, callContext(c), personId);
      return format === 'json' ? c.json({ person_id: personId, items }, 200) : sendFile(c, await evaluationsFile(personId, items, format));
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/mercury/aggregates', tags, summary: 'People evaluated, above the reference and above the alert by region or profile (counts under 5 hidden)',
      request: { query: AggregateQuery }, responses: { 200: listResponse(AggregateReport, 'Counts (JSON, or CSV/XLSX with format; hidden cells stay empty)'), ...problemResponses(400, 401, 403) } }),
    async (c) => {
      const query = c.req.valid('query');
      const report = await mercuryAggregates(s, callContext(c), query);
      return query.format === 'json' ? c.json(report, 200) : sendFile(c, await aggregatesFile(report, query.format));
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/mercury/reminders', tags, summary: 'People due for a repeat evaluation within N days, or overdue (health workers; audited)',
      request: { query: ReminderQuery }, responses: { 200: listResponse(ReminderList, 'Due (JSON, or CSV/XLSX with format)'), ...problemResponses(400, 401, 403) } }),
    async (c) => {
      const query = c.req.valid('query');
      const list = await mercuryReminders(s, callContext(c), query);
      return query.format === 'json' ? c.json(list, 200) : sendFile(c, await remindersFile(list, query.format));
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/mercury/thresholds', tags, summary: 'The screening thresholds per sample type and unit',
      responses: { 200: jsonResponse(ThresholdList, 'Thresholds'), ...problemResponses(401, 403) } }),
    async (c) => c.json({ items: await listThresholds(s, callContext(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'put', path: '/api/mercury/thresholds/{key}', tags, summary: 'Change a threshold (admins; on the version read)',
      request: { params: ThresholdKeyParam, body: jsonBody(ThresholdUpdate) }, responses: { 200: jsonResponse(ThresholdEnvelope, 'Changed'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json({ threshold: await updateThreshold(s, callContext(c), c.req.valid('param').key, c.req.valid('json')) }, 200),
  );
  return app;
}
