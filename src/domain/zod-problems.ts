/**
 * A zod failure as field problems: the dotted path, a rule code (`zod.too_small`, …) with its
 * params, and zod's English message. Shared by the HTTP error handler and the importers, so a
 * client words a rejected import row exactly as it words a rejected form. A contract's own
 * refinement may name its rule with `params: { code: 'phone.not_peruvian' }`; the detail then
 * carries that code instead of the generic `zod.custom`.
 */
import type { z } from 'zod';
import type { FieldProblem } from './errors.ts';

export function zodDetails(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return { path: [path, ...issue.keys].filter(Boolean).join('.'), code: 'zod.unrecognized_keys', message: 'is not a known field' };
    }
    const params: Record<string, string | number> = {};
    for (const key of ['minimum', 'maximum', 'expected', 'format', 'origin'] as const) {
      const value = (issue as unknown as Record<string, unknown>)[key];
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
      if (typeof value === 'bigint') params[key] = Number(value);
    }
    const own = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    const code = typeof own === 'string' ? own : `zod.${issue.code}`;
    return { path: path || '(body)', code, ...(Object.keys(params).length ? { params } : {}), message: issue.message };
  });
}
