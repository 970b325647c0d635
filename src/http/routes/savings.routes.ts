/**
 * Savings groups over HTTP: create a group, add members and officers, open a cycle, record a
 * meeting (idempotent on each transaction's client id, refused whole on the first rule break)
 * and read a cycle's balances. Handlers only translate; the rules live in src/services/savings
 * and src/domain/savings (docs/savings.md).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdParam } from '../../contracts/common.ts';
import {
  SavingsCycleInput, SavingsCycleReport, SavingsGroupEnvelope, SavingsGroupInput, SavingsMeetingInput, SavingsMemberInput, SavingsMemberList, SavingsOfficerAck, SavingsOfficerInput,
  SavingsImportQuery, SavingsImportResult, SavingsMemberStatement, SavingsStatementParams, SavingsGroupList, SavingsGroupDetail, SavingsMeetingList, SavingsCloseInput, SavingsGroupReport, SavingsReportQuery,
} from '../../contracts/savings.ts';
import { savingsGroupReport, savingsGroupReportFile } from '../../services/savings/group-report.service.ts';
import { savingsMemberStatementFile } from '../../services/savings/statement-file.service.ts';
import { closeSavingsCycle } from '../../services/savings/cycle-close.service.ts';
import { listSavingsGroups, savingsCycleMeetings, savingsGroupDetail } from '../../services/savings/groups-read.service.ts';
import { recordSavingsMeeting } from '../../services/savings/meetings.service.ts';
import { savingsMemberStatement } from '../../services/savings/statements.service.ts';
import { importSavingsLedger } from '../../services/savings/ledger-import.service.ts';
import { addSavingsMember, addSavingsOfficer, createSavingsGroup, openSavingsCycle, savingsCycleReport } from '../../services/savings/savings.service.ts';
import { FILE_CONTENT, sendFile } from '../file-download.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

const REPORT_CONTENT = { ...FILE_CONTENT, 'application/pdf': { schema: { type: 'string' as const, format: 'binary' } } };
const fileBody = { required: true, content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } } };

export function savingsRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['savings'];
  const s = deps.services;
  app.openapi(
    createRoute({ method: 'post', path: '/api/savings/groups', tags, summary: 'Create a savings group of an organisation (idempotent on id)',
      request: { body: jsonBody(SavingsGroupInput) }, responses: { 201: jsonResponse(SavingsGroupEnvelope, 'Created'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json({ group: await createSavingsGroup(s, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/savings/groups', tags, summary: 'Savings groups in the caller\'s organisation subtree, with member count and open cycle',
      responses: { 200: jsonResponse(SavingsGroupList, 'Groups by name'), ...problemResponses(401, 403) } }),
    async (c) => c.json({ groups: await listSavingsGroups(s, callContext(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/savings/groups/{id}', tags, summary: 'A savings group with its members (book order, names), officers and cycles',
      request: { params: IdParam }, responses: { 200: jsonResponse(SavingsGroupDetail, 'Group'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json(await savingsGroupDetail(s, callContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/savings/cycles/{id}/meetings', tags, summary: 'A cycle\'s meetings: date, members present, cash counted against computed and the difference',
      request: { params: IdParam }, responses: { 200: jsonResponse(SavingsMeetingList, 'Meetings by date'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json(await savingsCycleMeetings(s, callContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/savings/groups/{id}/members', tags, summary: 'Add a registered person to the group (at the end of the book)',
      request: { params: IdParam, body: jsonBody(SavingsMemberInput) }, responses: { 201: jsonResponse(SavingsMemberList, 'Members in book order'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json({ group_id: id, members: await addSavingsMember(s, callContext(c), id, c.req.valid('json')) }, 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/savings/groups/{id}/officers', tags, summary: 'Name a member chair, treasurer, secretary, key holder or money counter',
      request: { params: IdParam, body: jsonBody(SavingsOfficerInput) }, responses: { 201: jsonResponse(SavingsOfficerAck, 'Recorded'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      await addSavingsOfficer(s, callContext(c), id, input);
      return c.json({ group_id: id, person_id: input.person_id, role: input.role }, 201);
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/savings/cycles', tags, summary: 'Open a cycle with its rules (share value, shares per meeting, interest, loan limit and term, social fund, fines)',
      request: { body: jsonBody(SavingsCycleInput) }, responses: { 201: jsonResponse(SavingsCycleReport, 'The new cycle\'s balances'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json(await openSavingsCycle(s, callContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/savings/cycles/{id}', tags, summary: 'A cycle\'s balances: loan fund, social fund, cash counts, and per member savings, loans and share-out',
      request: { params: IdParam }, responses: { 200: jsonResponse(SavingsCycleReport, 'Balances'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json(await savingsCycleReport(s, callContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/savings/cycles/{id}/close', tags, summary: 'Close a cycle, with a share-out (its transaction id and meeting date) or without one (refused while loans are outstanding); the next cycle opens with its social fund',
      request: { params: IdParam, body: jsonBody(SavingsCloseInput) }, responses: { 200: jsonResponse(SavingsCycleReport, 'The closed cycle\'s balances'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json(await closeSavingsCycle(s, callContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/savings/meetings', tags, summary: 'Record a meeting: attendance, transactions (each with a client id; a resend records nothing) and the cash counted',
      request: { body: jsonBody(SavingsMeetingInput) }, responses: { 201: jsonResponse(SavingsCycleReport, 'Balances after the meeting'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json(await recordSavingsMeeting(s, callContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/savings/cycles/{id}/members/{person_id}/statement', tags, summary: 'A member\'s savings statement for the cycle: savings, loans, repayments, social fund, fines, attendance (read audited); or her passbook as CSV, XLSX or PDF',
      request: { params: SavingsStatementParams, query: SavingsReportQuery },
      responses: { 200: { description: 'Statement', content: { ...jsonResponse(SavingsMemberStatement, '').content, ...REPORT_CONTENT } }, ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      const { id, person_id } = c.req.valid('param');
      const query = c.req.valid('query');
      if (query.format === 'json') return c.json(await savingsMemberStatement(s, callContext(c), id, person_id), 200);
      return sendFile(c, await savingsMemberStatementFile(s, callContext(c), id, person_id, query));
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/savings/cycles/{id}/report', tags, summary: 'Group report of the cycle, per meeting and for the cycle: savings, loans outstanding, portfolio at risk > 30 days, women among members and officers; JSON, CSV, XLSX or PDF',
      request: { params: IdParam, query: SavingsReportQuery },
      responses: { 200: { description: 'The report', content: { ...jsonResponse(SavingsGroupReport, '').content, ...REPORT_CONTENT } }, ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      const id = c.req.valid('param').id;
      const query = c.req.valid('query');
      if (query.format === 'json') return c.json(await savingsGroupReport(s, callContext(c), id), 200);
      return sendFile(c, await savingsGroupReportFile(s, callContext(c), id, query));
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/savings/cycles/{id}/import', tags, summary: 'Import a paper ledger (CSV or XLSX, the file of pallay savings replay) into the cycle; members by DNI or person id; a re-import records only new rows; the first line that breaks a rule refuses the whole file',
      request: { params: IdParam, query: SavingsImportQuery, body: fileBody }, responses: { 200: jsonResponse(SavingsImportResult, 'Balances after the import'), ...problemResponses(400, 401, 403, 404, 413) } }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      return c.json(await importSavingsLedger(s, callContext(c), { cycleId: c.req.valid('param').id, bytes, fileName: c.req.valid('query').file_name }), 200);
    },
  );
  return app;
}
