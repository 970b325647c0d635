/**
 * Training certificates over HTTP (issue when the completion rule is met, read, PDF, void), a
 * person's trainings and certificates, and the reach report as JSON or CSV/XLSX. Reads of a
 * certificate are audited by the services.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { IdParam } from '../../contracts/common.ts';
import { TrainingReport, TrainingReportQuery } from '../../contracts/training-reports.ts';
import { CertificateEnvelope, CertificateRequest, PersonTrainings, VoidCertificateInput } from '../../contracts/trainings.ts';
import { certificatePdf, getCertificate, issueCertificate, personTrainings, voidCertificate } from '../../services/trainings/certificates.service.ts';
import { trainingReach, trainingReachFile } from '../../services/trainings/reach.service.ts';
import { callContext, type AppEnv, type HttpDeps } from '../env.ts';
import { jsonBody, jsonResponse, problemResponses } from '../openapi.ts';

const FILE_CONTENT = {
  'text/csv': { schema: { type: 'string' as const } },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string' as const, format: 'binary' } },
};
const PdfQuery = z.strictObject({ lang: z.enum(['es', 'en']).default('es') });

export function certificatesRoutes(deps: HttpDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const tags = ['trainings'];
  const s = deps.services;
  app.openapi(
    createRoute({ method: 'post', path: '/api/certificates', tags, summary: 'Issue a certificate to a person who met the programme\'s completion rule (her valid one if she has it)',
      request: { body: jsonBody(CertificateRequest) }, responses: { 201: jsonResponse(CertificateEnvelope, 'Issued'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ certificate: await issueCertificate(s, callContext(c), c.req.valid('json')) }, 201),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/certificates/{id}', tags, summary: 'A certificate (an audited read)', request: { params: IdParam },
      responses: { 200: jsonResponse(CertificateEnvelope, 'The certificate'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ certificate: await getCertificate(s, callContext(c), c.req.valid('param').id) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/certificates/{id}/pdf', tags, summary: 'The certificate as a one-page PDF with its verification QR code',
      request: { params: IdParam, query: PdfQuery },
      responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } }, ...problemResponses(400, 401, 403, 404) } }),
    async (c) => {
      const { filename, bytes } = await certificatePdf(s, callContext(c), c.req.valid('param').id, c.req.valid('query').lang);
      return c.body(new Uint8Array(bytes), 200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' });
    },
  );
  app.openapi(
    createRoute({ method: 'post', path: '/api/certificates/{id}/void', tags, summary: 'Void a certificate (it then verifies as ANULADO)',
      request: { params: IdParam, body: jsonBody(VoidCertificateInput) }, responses: { 200: jsonResponse(CertificateEnvelope, 'Voided'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json({ certificate: await voidCertificate(s, callContext(c), c.req.valid('param').id, c.req.valid('json').reason) }, 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/people/{id}/trainings', tags, summary: 'A person\'s programmes with progress against each rule, and her certificates (audited)',
      request: { params: IdParam }, responses: { 200: jsonResponse(PersonTrainings, 'Her trainings'), ...problemResponses(400, 401, 403, 404) } }),
    async (c) => c.json(await personTrainings(s, callContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(
    createRoute({ method: 'get', path: '/api/reports/trainings', tags, summary: 'People trained and certified by programme, profile, sex, region, year or month (counts under 5 hidden)',
      request: { query: TrainingReportQuery }, responses: { 200: { description: 'The report', content: { ...jsonResponse(TrainingReport, '').content, ...FILE_CONTENT } }, ...problemResponses(400, 401, 403) } }),
    async (c) => {
      const query = c.req.valid('query');
      const report = await trainingReach(s, callContext(c), query);
      if (query.format === 'json') return c.json(report, 200);
      const file = await trainingReachFile(report, query.format);
      return c.body(new Uint8Array(file.bytes), 200, { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' });
    },
  );
  return app;
}
