/**
 * Account contracts: login, the signed-in session, users, first-admin setup and partner API
 * keys. Output schemas never contain password or token hashes.
 */
import { z } from 'zod';
import { SafeText, Uuid } from './common.ts';

export const RoleName = z.enum(['admin', 'coordinator', 'association_leader', 'promoter', 'member', 'analyst', 'partner', 'case_worker', 'health_worker', 'case_supervisor']);

/** Usernames: lower-case letters, digits, dot, dash, underscore; 3–64 characters. */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,64}$/, 'must be 3–64 characters: letters, digits, dot, dash or underscore');

export const Password = z.string().min(10, 'must have at least 10 characters').max(200);

/** @example { "username": "rosa.quispe", "password": "correct horse battery" } */
/** `totp_code`: the 6-digit code of the authenticator app, required of case staff with a second factor. */
export const LoginInput = z.strictObject({ username: Username, password: z.string().min(1).max(200), totp_code: z.string().regex(/^\d{6}$/, 'must be 6 digits').optional() });
export type LoginInput = z.infer<typeof LoginInput>;

export const UserOutput = z.object({
  id: Uuid,
  username: z.string(),
  display_name: z.string(),
  role: RoleName,
  organisation_id: Uuid.nullable(),
  person_id: Uuid.nullable(),
  disabled_at: z.string().nullable(),
  created_at: z.string(),
});
export type UserOutput = z.infer<typeof UserOutput>;

export const SessionOutput = z.object({ user: UserOutput, csrf_token: z.string() });
export type SessionOutput = z.infer<typeof SessionOutput>;

/** How many sessions a revocation ended. @example { "ended": 2 } */
export const SessionsEnded = z.object({ ended: z.number().int().min(0) });
export type SessionsEnded = z.infer<typeof SessionsEnded>;

/** @example { "username": "maria.mamani", "display_name": "María Mamani Quispe", "password": "a long passphrase", "role": "promoter" } */
export const UserCreateInput = z.strictObject({
  id: Uuid.optional(),
  username: Username,
  display_name: SafeText(120),
  password: Password,
  role: RoleName,
  organisation_id: Uuid.nullable().optional(),
  /** The account holder's own registry record (members see and correct it). */
  person_id: Uuid.nullable().optional(),
});
export type UserCreateInput = z.infer<typeof UserCreateInput>;

export const UserList = z.object({ items: z.array(UserOutput) });
export const UserEnvelope = z.object({ user: UserOutput });

export const SetupStatus = z.object({ needs_setup: z.boolean() });

export const SetupInput = z.strictObject({
  token: z.string().min(16).max(200),
  username: Username,
  display_name: SafeText(120),
  password: Password,
});
export type SetupInput = z.infer<typeof SetupInput>;

export const ApiKeyCreateInput = z.strictObject({
  name: SafeText(120),
  role: RoleName.default('partner'),
  organisation_id: Uuid.nullable().optional(),
  scopes: z.array(z.string().max(64)).max(50).default([]),
});
export type ApiKeyCreateInput = z.input<typeof ApiKeyCreateInput>;

export const ApiKeyOutput = z.object({
  id: Uuid,
  name: z.string(),
  prefix: z.string(),
  role: RoleName,
  organisation_id: Uuid.nullable(),
  scopes: z.array(z.string()),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});
export type ApiKeyOutput = z.infer<typeof ApiKeyOutput>;

/** Returned once, at creation: the only time the secret is shown. */
export const ApiKeyCreated = z.object({ api_key: ApiKeyOutput, secret: z.string() });
export const ApiKeyList = z.object({ items: z.array(ApiKeyOutput) });
export const ApiKeyEnvelope = z.object({ api_key: ApiKeyOutput });
