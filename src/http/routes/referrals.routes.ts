/**
 * Confidential referrals over HTTP. Handlers only parse and answer: who may see what is decided
 * in services/referrals (assigned case worker and supervisor only; NOT_FOUND for everyone else;
 * admins by break-glass). Case staff without a confirmed second factor get 403 everywhere.
 * No body is logged anywhere (see docs/security.md, Logs).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { IdParam } from '../../contracts/common.ts';
import {
  AssignInput, BreakGlassInput, CloseInput, FollowUpInput, NotificationList, ReferralEnvelope, ReferralInput, ReferralList, ReferralReceipt, ReferralStats, StaffList, StatsQuery,
} from '../../contracts/referrals.ts';
import { breakGlassRead, markNotificationRead, myNotifications } from '../../services/referrals/break-glass.service.ts';
import { addFollowUp, assignReferral, closeReferral, getReferral, listMyReferrals } from '../../services/referrals/case.service.ts';
import { createReferral, referralStaff } from '../../services/referrals/create.service.ts';
import { referralStats } from '../../services/referrals/stats.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

export function referralsRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['referrals'];
  const s = deps.services;
  app.openapi(
    createRoute({ method: 'post', path: '/api/referrals', tags, summary: 'Open a referral with the woman\'s consent or a supervisor\'s override (a promoter hands it to a case worker); a receipt only',
      request: { body: jsonBody(ReferralInput) }, responses: { 201: jsonResponse(ReferralReceipt, 'Opened'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json(await createReferral(s, callContext(c), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/referrals', tags, summary: 'The referrals assigned to me or that I supervise (audited)',
      responses: { 200: jsonResponse(ReferralList, 'Mine'), ...problemResponses(401, 403) } }),
    async (c) => c.json({ items: await listMyReferrals(s, callContext(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/referrals/stats', tags, summary: 'Referral counts by type × department and type × month (1 to 10 hidden, with complements); analysts',
      request: { query: StatsQuery }, responses: { 200: jsonResponse(ReferralStats, 'Counts'), ...problemResponses(400, 401, 403) } }),
    async (c) => c.json(await referralStats(s, callContext(c), c.req.valid('query')), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/referrals/staff', tags, summary: 'Active case workers and supervisors a referral can be handed to (those who open referrals)',
      responses: { 200: jsonResponse(StaffList, 'Case staff'), ...problemResponses(401, 403) } }),
    async (c) => c.json({ items: await referralStaff(s, callContext(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/referrals/notifications', tags, summary: 'A supervisor\'s notifications (break-glass reads of her referrals)',
      responses: { 200: jsonResponse(NotificationList, 'Notifications'), ...problemResponses(401, 403) } }),
    async (c) => c.json({ items: await myNotifications(s, callContext(c)) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/referrals/notifications/{id}/read', tags, summary: 'Mark one of my notifications read (its recipient only; 404 for anyone else)',
      request: { params: IdParam }, responses: { 204: { description: 'Marked read' }, ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      await markNotificationRead(s, callContext(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/referrals/{id}', tags, summary: 'One referral (its case worker and supervisor only; audited)',
      request: { params: IdParam }, responses: { 200: jsonResponse(ReferralEnvelope, 'The referral'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ referral: await getReferral(s, callContext(c), c.req.valid('param').id) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/referrals/{id}/follow-ups', tags, summary: 'Add a follow-up (idempotent on id); an open referral becomes in progress',
      request: { params: IdParam, body: jsonBody(FollowUpInput) }, responses: { 201: jsonResponse(ReferralEnvelope, 'Added'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json({ referral: await addFollowUp(s, callContext(c), c.req.valid('param').id, c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/referrals/{id}/close', tags, summary: 'Close with a reason (on the version read)',
      request: { params: IdParam, body: jsonBody(CloseInput) }, responses: { 200: jsonResponse(ReferralEnvelope, 'Closed'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json({ referral: await closeReferral(s, callContext(c), c.req.valid('param').id, c.req.valid('json')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/referrals/{id}/assign', tags, summary: 'Hand the referral to another case worker (its supervisor; on the version read)',
      request: { params: IdParam, body: jsonBody(AssignInput) }, responses: { 200: jsonResponse(ReferralEnvelope, 'Handed over'), ...problemResponses(400, 401, 403, 404, 409) } }),
    async (c) => c.json({ referral: await assignReferral(s, callContext(c), c.req.valid('param').id, c.req.valid('json')) }, 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/referrals/{id}/break-glass', tags, summary: 'Emergency read by an admin with a written reason: stored, audited, the supervisor notified',
      request: { params: IdParam, body: jsonBody(BreakGlassInput) }, responses: { 200: jsonResponse(ReferralEnvelope, 'The referral'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ referral: await breakGlassRead(s, callContext(c), c.req.valid('param').id, c.req.valid('json')) }, 200),
  );
  return app;
}
