/**
 * Wire types of the HTTP API as the web app sees them.
 * They mirror the server contract (src/contracts) by hand so that no zod code reaches the
 * browser bundle; if the contracts export matching inferred types, these can become
 * `import type` re-exports without changing any caller.
 */

export const ROLES = [
  'admin',
  'coordinator',
  'association_leader',
  'promoter',
  'member',
  'analyst',
  'partner',
  'case_worker',
] as const;

export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  organisation_id: string | null;
}

/** Answer of login and of `GET /api/auth/me`. */
export interface Session {
  user: SessionUser;
  csrf_token: string;
}

export interface SetupStatus {
  needs_setup: boolean;
}

export interface SetupInput {
  token: string;
  username: string;
  display_name: string;
  password: string;
}

export type PlaceLevel = 'department' | 'province' | 'district';

export interface Place {
  code: string;
  level: PlaceLevel;
  name: string;
  department: string;
  province: string | null;
  lat: number | null;
  lon: number | null;
}

export interface PlaceQuery {
  q?: string;
  level?: PlaceLevel;
  parent?: string;
  limit?: number;
}

export interface User extends SessionUser {
  disabled_at: string | null;
  created_at: string;
}

/** The server refuses shorter passwords; the forms check it first to answer in the user's language. */
export const MIN_PASSWORD_LENGTH = 10;

export interface CreateUserInput {
  username: string;
  display_name: string;
  password: string;
  role: Role;
  organisation_id?: string;
}

export interface Items<T> {
  items: T[];
}

/** One field problem of an `application/problem+json` answer. */
export interface ProblemDetail {
  path: string;
  message: string;
}

export interface Problem {
  code: string;
  message: string;
  details?: ProblemDetail[];
}
