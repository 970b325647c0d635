/**
 * Wire types of the HTTP API as the web app sees them: type-only imports of the server's
 * contracts (src/contracts), so the two cannot drift apart and no zod code reaches the bundle.
 */
import type { SessionOutput, SetupInput as SetupInputContract, UserCreateInput, UserOutput } from '../../src/contracts/accounts.ts';
import type { Problem as ProblemContract } from '../../src/contracts/common.ts';
import type { PlaceOutput, PlaceQuery as PlaceQueryContract } from '../../src/contracts/places.ts';

export type Role = UserOutput['role'];

/** The roles in the order forms list them; checked against the contract's enum by the type below. */
export const ROLES = [
  'admin',
  'coordinator',
  'association_leader',
  'promoter',
  'member',
  'analyst',
  'partner',
  'case_worker',
] as const satisfies readonly Role[];

type MissingRole = Exclude<Role, (typeof ROLES)[number]>;
/** Fails to compile when the contract gains a role that ROLES lacks. */
export const ROLES_COMPLETE: MissingRole extends never ? true : false = true;

export type SessionUser = Pick<UserOutput, 'id' | 'username' | 'display_name' | 'role' | 'organisation_id'>;

/** Answer of login and of `GET /api/auth/me`. */
export type Session = SessionOutput;

export interface SetupStatus {
  needs_setup: boolean;
}

export type SetupInput = SetupInputContract;
export type PlaceLevel = PlaceOutput['level'];
export type Place = PlaceOutput;
export type PlaceQuery = Partial<PlaceQueryContract>;
export type User = UserOutput;
export type CreateUserInput = UserCreateInput;

/** The server refuses shorter passwords; the forms check it first to answer in the user's language. */
export const MIN_PASSWORD_LENGTH = 10;

export interface Items<T> {
  items: T[];
}

/** One field problem of an `application/problem+json` answer. */
export type ProblemDetail = ProblemContract['details'][number];

export type Problem = Pick<ProblemContract, 'code' | 'message'> & { details?: ProblemDetail[] };
