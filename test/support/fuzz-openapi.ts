/**
 * The app's own OpenAPI document as a list of operations, for the fuzz suites: read from an app
 * built without a database (routes are only declared), so a route added tomorrow is fuzzed — or
 * makes a completeness check fail — without anyone remembering to list it.
 */
import pino from 'pino';
import { createApp } from '../../src/http/app.ts';

export interface Operation {
  method: string;
  path: string;
  pathParams: string[];
  query: Record<string, Record<string, unknown> | undefined>;
  body: 'json' | 'binary' | 'none';
  schema: Record<string, unknown> | undefined;
}

type Doc = {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema?: Record<string, unknown> }[]; requestBody?: { content: Record<string, { schema?: Record<string, unknown> }> } }>>;
};

/** Every operation of the document, plus the public verification page (plain HTML outside /api and the document). */
export function listOperations(): Operation[] {
  const bare = createApp({
    services: {} as never, dbKind: 'pglite', version: 'fuzz', logger: pino({ level: 'silent' }), secureCookies: false, trustProxy: false,
    webDir: undefined, translateError: () => undefined,
  });
  const doc = bare.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'fuzz', version: 'fuzz' } }) as unknown as Doc;
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(byMethod)) {
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const json = content['application/json'];
      ops.push({
        method: method.toUpperCase(), path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
        body: json ? 'json' : Object.keys(content).length ? 'binary' : 'none',
        schema: json?.schema,
      });
    }
  }
  ops.push({ method: 'GET', path: '/verify/{code}', pathParams: ['code'], query: {}, body: 'none', schema: undefined });
  return ops;
}

/** "POST /api/people/{id}" for every write operation whose body is JSON. */
export const jsonWriteRoutes = (): string[] =>
  listOperations().filter((op) => op.method !== 'GET' && op.body === 'json').map((op) => `${op.method} ${op.path}`);
