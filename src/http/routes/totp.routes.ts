/**
 * Second factor (TOTP) over HTTP: start enrolment (the otpauth:// URI for the authenticator app)
 * and confirm it with one code, after which every session of the user ends and she signs in again
 * with `totp_code` (POST /api/auth/login).
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { confirmTotpEnrolment, startTotpEnrolment } from '../../services/accounts/totp.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

/** `qr_svg`: the URI as an SVG QR code, drawn by the server from the URI alone. */
const Enrolment = z.object({ secret: z.string(), otpauth_uri: z.string(), qr_svg: z.string() });
const ConfirmInput = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'must be 6 digits') });

export function totpRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['accounts'];
  app.openapi(
    createRoute({ method: 'post', path: '/api/auth/totp/enrol', tags, summary: 'Start setting up a TOTP second factor: the secret and its otpauth:// URI',
      responses: { 200: jsonResponse(Enrolment, 'Scan the URI, then confirm with a code'), ...problemResponses(401, 403, 409) } }),
    async (c) => c.json(await startTotpEnrolment(deps.services, callContext(c)), 200),
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/auth/totp/confirm', tags, summary: 'Confirm the second factor with one code; every session of the user ends',
      request: { body: jsonBody(ConfirmInput) }, responses: { 204: { description: 'Confirmed; sign in again with the code' }, ...problemResponses(400, 401, 403, 409) } }),
    async (c) => {
      await confirmTotpEnrolment(deps.services, callContext(c), c.req.valid('json').code);
      return c.body(null, 204);
    },
  );
  return app;
}
