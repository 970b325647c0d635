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

/** The request-body schema of every write route whose body is JSON, by "METHOD /path" ("POST /api/people/{id}/consents"). */
export const jsonWriteSchemas = (): Map<string, Record<string, unknown> | undefined> =>
  new Map(listOperations().filter((op) => op.method !== 'GET' && op.body === 'json').map((op) => [`${op.method} ${op.path}`, op.schema]));

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[] };

/** The schema of the value at `path` (object keys and array indexes), through nullable unions. */
function schemaAt(schema: Schema | undefined, path: readonly string[]): Schema[] {
  if (!schema) return [];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.flatMap((v) => schemaAt(v, path));
  if (!path.length) return [schema];
  const [head, ...rest] = path;
  if (schema.items && /^\d+$/.test(head!)) return schemaAt(schema.items, rest);
  return schemaAt(schema.properties?.[head!], rest);
}

/**
 * Values that pass the document's own bounds for the field at `path` but sit on their edges:
 * the largest and smallest number allowed, and just past them (huge ones where no largest is
 * set); text of exactly the longest
 * length allowed, in ASCII and in 4-byte characters (a limit counted in bytes somewhere
 * downstream breaks there). These get past validation, where overflows live.
 */
export function edgeValues(schema: Record<string, unknown> | undefined, path: readonly string[]): unknown[] {
  return schemaAt(schema as Schema, path).flatMap((s) => {
    const out: unknown[] = [];
    for (const key of ['maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum'] as const) {
      const edge = s[key];
      if (typeof edge !== 'number') continue;
      const step = s.type === 'integer' ? 1 : Math.max(Math.abs(edge) * 1e-12, 1e-9);
      out.push(edge, key.endsWith('aximum') ? edge + step : edge - step, key.endsWith('aximum') ? edge - step : edge + step);
    }
    // No upper bound in the document: the column's own limits are all that is left.
    if ((s.type === 'number' || s.type === 'integer') && typeof s.maximum !== 'number' && typeof s.exclusiveMaximum !== 'number') out.push(2 ** 31, 1e15, 2 ** 53 + 2, 1e308);
    if (typeof s.maxLength === 'number' && s.maxLength <= 100_000 && !s.pattern && !s.format) out.push('x'.repeat(s.maxLength), '😀'.repeat(Math.floor(s.maxLength / 2)), `=${'9'.repeat(s.maxLength - 1)}`);
    if (typeof s.maxItems === 'number' && s.maxItems <= 1000 && s.items) out.push(Array.from({ length: s.maxItems + 1 }, () => null));
    return out;
  });
}

/** Top-level fields of a body schema that take text (optional ones too: a base body may leave them out). */
export function textFields(schema: Record<string, unknown> | undefined): string[] {
  const props = (schema as Schema | undefined)?.properties ?? {};
  return Object.keys(props).filter((key) => schemaAt(props[key], []).some((s) => s.type === 'string' && !s.enum && !s.format));
}
