/** Small helpers to declare request bodies and responses of OpenAPI routes without repetition. */
import type { z } from 'zod';
import { Problem } from '../contracts/common.ts';

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: every field problem is listed in details',
  401: 'Not signed in, or the API key is not valid',
  403: 'Not allowed for this role, organisation or API key scope',
  404: 'Not found',
  409: 'Conflicts with the current state',
  413: 'Body too large',
  415: 'A file format that cannot be read (the message says why)',
  429: 'Too many attempts; see Retry-After',
};

/** problem+json responses for the given statuses. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: PROBLEM_DESCRIPTIONS[status] ?? 'Error', content: { 'application/problem+json': { schema: Problem } } }]),
  );
}
