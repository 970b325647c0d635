/**
 * Hostile inputs for the fuzz suites: the classic payloads (formula, script, SQL, huge, deep,
 * control characters, broken UTF-8), fast-check arbitraries that follow an OpenAPI schema
 * closely enough to pass the first checks and then put a hostile value where a plausible one
 * was expected, one-field mutations of a valid body (paths into it, a copy with one value
 * replaced), and a cheap "was anything written" probe (row counts of every table).
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { TestApp } from './app.ts';

export const FORMULA = '=HYPERLINK("http://x","y")';
export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';
export const SQLI = "'; DROP TABLE people; --";
export const HUGE = 'x'.repeat(100_000);

/** 1,000 levels of arrays: [[[…]]]. */
export const deepArray = (levels = 1000): unknown => {
  let v: unknown = [];
  for (let i = 0; i < levels; i += 1) v = [v];
  return v;
};

/** `{"a":"<0xff 0xfe 0xc3>"}`: bytes that are not UTF-8. */
export const INVALID_UTF8 = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]);

export const HOSTILE_STRINGS: readonly string[] = [
  FORMULA, '+cmd|/C calc!A0', '@SUM(1+1)', '-2+3', '\t=1+1', '\r=1', SCRIPT, IMG, SQLI, "1' OR '1'='1", HUGE, '',
  ' ', 'a\u0000b', '\uD800', '\u202Eevil', '😀'.repeat(50), '../../etc/passwd', '%00', 'NaN', '1e309', '-1',
  '9'.repeat(40), '2026-02-30', '0000-00-00', '99999-01-01', 'null', 'true', '{"a":1}', '__proto__',
];

export const HOSTILE_NUMBERS: readonly number[] = [0, -1, 1.5, -0.000001, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, 1e-320];

export const hostileString = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) }, { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) });

/** Any JSON value of the wrong shape, including deep nesting and prototype keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(...HOSTILE_NUMBERS, null, true, false, [], {}, deepArray(), JSON.parse('{"__proto__":{"is_admin":true}}'), [FORMULA, SQLI]),
  fc.json({ maxDepth: 3 }).map((s) => JSON.parse(s) as unknown),
);

/** Values put, one at a time, in place of one field of an otherwise valid body or file. */
export const HOSTILE_FIELD_VALUES: readonly unknown[] = [
  1e308, -1e308, 2 ** 53 + 2, 2 ** 31, -1, 0, 1e-320, 0.0001, 123456789.123456, FORMULA, IMG, SQLI, HUGE, 'a\u0000b', '', ' ',
  null, true, [], {}, deepArray(), ['x'], '2026-02-30', '9999-12-31', '0001-01-01', '😀'.repeat(30), 'x'.repeat(201),
];

/** Paths into a body: keys at every depth, and items of lists (e.g. lots.0.weight_kg, profiles.0). */
export function bodyPaths(value: unknown, prefix: string[] = []): string[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => (typeof v === 'object' && v ? bodyPaths(v, [...prefix, String(i)]) : [[...prefix, String(i)]]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...(typeof v === 'object' && v ? bodyPaths(v, [...prefix, k]) : [])]);
  return [];
}

/** A deep copy of `body` with `value` at `path`. */
export function withValue(body: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path[path.length - 1]!] = value;
  return copy;
}

type Schema = Record<string, unknown> & {
  type?: string | string[]; properties?: Record<string, Schema>; required?: string[]; items?: Schema; enum?: unknown[];
  minLength?: number; maxLength?: number; minimum?: number; maximum?: number; minItems?: number; maxItems?: number; pattern?: string; format?: string;
};

/**
 * Values that pass the schema as far as it can tell (enums, bounds, patterns, required keys),
 * carrying hostile text wherever free text fits: these get past validation into the services
 * and the database, where the interesting failures live.
 */
export function validish(schema: Schema | undefined, ids: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 5) return fc.constant(null);
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants?.length) return fc.oneof(...variants.map((v) => validish(v, ids, depth + 1)));
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if ('const' in schema) return fc.constant(schema.const);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'string'];
  const type = types.find((x) => x !== 'null') ?? 'null';
  switch (type) {
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      if (!props.length) return fc.dictionary(fc.constantFrom('a', 'name', SQLI), fc.constantFrom<unknown>(FORMULA, IMG, 1, null), { maxKeys: 3 });
      const required = new Set(schema.required ?? []);
      const OMIT = Symbol('omit');
      return fc.tuple(...props.map(([k, s]) => (required.has(k) ? validish(s, ids, depth + 1) : fc.oneof(validish(s, ids, depth + 1), fc.constant(OMIT)))))
        .map((vals) => Object.fromEntries(props.map(([k], i) => [k, vals[i]]).filter(([, v]) => v !== OMIT)));
    }
    case 'array':
      return fc.array(validish(schema.items, ids, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 3, 3) });
    case 'integer':
      return fc.integer({ min: Math.ceil(schema.minimum ?? -1000), max: Math.floor(Math.min(schema.maximum ?? 2 ** 31, 2 ** 53)) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e12, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return validString(schema, ids);
  }
}

function validString(schema: Schema, ids: readonly string[]): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.uuid() });
  if (schema.format === 'uri') return fc.constantFrom('https://example.org/x', 'javascript:alert(1)', 'http://x/"><script>');
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200_000;
  if (schema.pattern) {
    const re = new RegExp(schema.pattern);
    if (schema.pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return fc.constantFrom('2026-02-20', '2026-02-30', '1900-01-01', '9999-12-31', '2026-13-45');
    return fc.stringMatching(re).filter((x) => x.length >= min && x.length <= max);
  }
  const fitting = HOSTILE_STRINGS.filter((x) => x.length >= min && x.length <= max);
  return fc.oneof(fc.constantFrom(...(fitting.length ? fitting : ['x'.repeat(min)])), fc.string({ minLength: min, maxLength: Math.min(max, 30) }));
}

/** Shape-following values where some fields are hostile, of the wrong type, or missing. */
export function fromSchema(schema: Schema | undefined, ids: readonly string[]): fc.Arbitrary<unknown> {
  const props = Object.keys(schema?.properties ?? {});
  if (!props.length) return fc.oneof(validish(schema, ids), hostileValue);
  return fc.tuple(validish(schema, ids), fc.subarray(props, { maxLength: Math.min(2, props.length) }), fc.array(hostileValue, { minLength: 2, maxLength: 2 }))
    .map(([base, keys, values]) => ({ ...(base as object), ...Object.fromEntries(keys.map((k, i) => [k, values[i]])) }));
}

/** Path parameter values: real ids, unknown ids and things that are not ids at all. */
export const pathValue = (ids: readonly string[]) => fc.oneof(
  fc.constantFrom(...ids),
  fc.uuid(),
  fc.constantFrom('not-a-uuid', SQLI, '..%2F..%2Fetc', 'x'.repeat(5000), FORMULA, IMG, '0', '-1', '\uD800').map(safeEncode),
  fc.constantFrom('%E0%A4%A', '%', '%00', '%FF%FE'),
);

/** Percent-encodes; a lone surrogate (not encodable) becomes the bytes a careless encoder would send. */
export const safeEncode = (v: string): string => {
  try {
    return encodeURIComponent(v);
  } catch {
    return '%ED%A0%80';
  }
};

/** A raw query-string value (already encoded, or deliberately malformed). */
export const queryValue = (schema: Schema | undefined, ids: readonly string[]) => fc.oneof(
  { weight: 4, arbitrary: validish(schema, ids).map((v) => safeEncode(typeof v === 'string' ? v : JSON.stringify(v) ?? '')) },
  { weight: 1, arbitrary: hostileString.map(safeEncode) },
  { weight: 1, arbitrary: fc.constantFrom('%E0%A4%A', '%', '%FF', '%00') },
);

let tableNames: string[] | undefined;

/** Row counts of every table but the ones a refused request may legitimately touch. */
export async function rowCounts(t: TestApp, except: readonly string[]): Promise<Record<string, number>> {
  const exec = async (q: ReturnType<typeof sql>) => ((await t.ctx.database.db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;
  tableNames ??= (await exec(sql`SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)).map((r) => String(r.t));
  const tables = tableNames.filter((name) => !except.includes(name) && !name.startsWith('__'));
  const union = sql.join(tables.map((name) => sql`SELECT ${name} AS t, count(*)::int AS c FROM ${sql.identifier(name)}`), sql` UNION ALL `);
  return Object.fromEntries((await exec(union)).map((r) => [String(r.t), Number(r.c)]));
}
