/**
 * Trainings over HTTP: programmes (list, create, load the shipped templates), enrolments,
 * sessions and the attendance taken at them (enrolments and attendance sheets also as CSV/XLSX).
 * Certificates, a person's trainings and the reach
 * report are in certificates.routes.ts.
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParam, ListFormatQuery } from '../../contracts/common.ts';
import {
  AttendanceInput, EnrolInput, EnrolmentList, ProgrammeEnvelope, ProgrammeInput, ProgrammeList, SessionAttendance, SessionEnvelope, SessionInput,
  SessionList, SessionQuery, TemplatesLoaded,
} from '../../contracts/trainings.ts';
import { recordAttendance } from '../../services/trainings/attendance.service.ts';
import { createProgramme, getProgramme, listProgrammes, loadProgrammeTemplates } from '../../services/trainings/programmes.service.ts';
import { createSession, enrolPeople, listEnrolments, listSessions, sessionAttendance } from '../../services/trainings/sessions.service.ts';
import { attendanceFile, enrolmentsFile } from '../../services/trainings/training-files.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { listResponse, sendFile } from '../file-download.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function trainingsRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['trainings'];
  const s = deps.services;
  app.openapi(
    createRoute({ method: 'get', path: '/api/programmes', tags, summary: 'Training programmes with their modules, completion rule and counts',
      responses: { 200: jsonResponse(ProgrammeList, 'Programmes'), ...problemResponses(401, 403) } }),
    async (c) => c.json({ items: await listProgrammes(s, callContext(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/programmes', tags, summary: 'Create a programme with its modules (idempotent on id)',
      request: { body: jsonBody(ProgrammeInput) }, responses: { 201: jsonResponse(ProgrammeEnvelope, 'Created'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json({ programme: await createProgramme(s, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/programmes/templates', tags, summary: 'Load the shipped programmes (data/programmes); loading again updates them',
      responses: { 200: jsonResponse(TemplatesLoaded, 'Loaded'), ...problemResponses(401, 403) } }),
    async (c) => c.json(await loadProgrammeTemplates(s, callContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/programmes/{id}', tags, summary: 'A programme', request: { params: IdParam },
      responses: { 200: jsonResponse(ProgrammeEnvelope, 'The programme'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ programme: await getProgramme(s, callContext(c), c.req.valid('param').id) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/programmes/{id}/enrolments', tags, summary: 'People enrolled in a programme (those the caller can see)',
      request: { params: IdParam, query: ListFormatQuery }, responses: { 200: listResponse(EnrolmentList, 'Enrolled people (JSON, or CSV/XLSX with format)'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { format } = c.req.valid('query');
      const items = await listEnrolments(s, callContext(c), id);
      return format === 'json' ? c.json({ items }, 200) : sendFile(c, await enrolmentsFile(items, id, format));
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/programmes/{id}/enrolments', tags, summary: 'Enrol people in a programme (enrolling again changes nothing)',
      request: { params: IdParam, body: jsonBody(EnrolInput) }, responses: { 201: jsonResponse(EnrolmentList, 'Enrolled people'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ items: await enrolPeople(s, callContext(c), c.req.valid('param').id, c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/training-sessions', tags, summary: 'Sessions in the caller\'s organisations, newest first', request: { query: SessionQuery },
      responses: { 200: jsonResponse(SessionList, 'Sessions'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json({ items: await listSessions(s, callContext(c), c.req.valid('query').programme_id) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/training-sessions', tags, summary: 'Schedule or record a session of one module (idempotent on id)',
      request: { body: jsonBody(SessionInput) }, responses: { 201: jsonResponse(SessionEnvelope, 'Created'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ session: await createSession(s, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/training-sessions/{id}', tags, summary: 'A session with the enrolled people and their marks', request: { params: IdParam, query: ListFormatQuery },
      responses: { 200: listResponse(SessionAttendance, 'The session (JSON, or its attendance sheet as CSV/XLSX with format)'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      const { format } = c.req.valid('query');
      const sheet = await sessionAttendance(s, callContext(c), c.req.valid('param').id);
      return format === 'json' ? c.json(sheet, 200) : sendFile(c, await attendanceFile(sheet, format));
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/training-sessions/{id}/attendance', tags,
      summary: 'Take attendance: one mark per enrolled person, each with a client-made id (a resend records once)',
      request: { params: IdParam, body: jsonBody(AttendanceInput) }, responses: { 200: jsonResponse(SessionAttendance, 'The session'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json(await recordAttendance(s, callContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  return app;
}
