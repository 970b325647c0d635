/**
 * Who is acting: a signed-in user, a partner API key, the command line (an operator with shell
 * access to the server) or the system itself. Every service call receives one.
 */
import { AppError } from '../errors.ts';
import { hasPermission, NETWORK_WIDE_ROLES, type Permission, type Role } from './roles.ts';

export type Actor =
  | { type: 'user'; id: string; role: Role; organisationId: string | null }
  | { type: 'api_key'; id: string; role: Role; organisationId: string | null; scopes: readonly string[] }
  | { type: 'cli'; id: null; role: 'admin'; organisationId: null }
  | { type: 'system'; id: null; role: 'admin'; organisationId: null };

export const CLI_ACTOR: Actor = { type: 'cli', id: null, role: 'admin', organisationId: null };
export const SYSTEM_ACTOR: Actor = { type: 'system', id: null, role: 'admin', organisationId: null };

/** Throws FORBIDDEN unless the actor's role grants the permission (and an API key is scoped to it). */
export function authorize(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor.role, permission)) throw new AppError('FORBIDDEN', `Your role may not ${permission}`);
  if (actor.type === 'api_key' && !actor.scopes.includes(permission)) {
    throw new AppError('FORBIDDEN', `This API key is not scoped for ${permission}`);
  }
}

/** True when the actor sees the whole network, not just one organisation subtree. */
export function isNetworkWide(actor: Actor): boolean {
  return actor.type === 'cli' || actor.type === 'system' || NETWORK_WIDE_ROLES.includes(actor.role);
}

/**
 * Subtree rule: an actor bound to an organisation may act on that organisation and its
 * descendants. `ancestorsOfTarget` lists the target organisation and all its ancestors.
 */
export function canReachOrganisation(actor: Actor, ancestorsOfTarget: readonly string[]): boolean {
  if (isNetworkWide(actor)) return true;
  if (actor.organisationId === null) return false;
  return ancestorsOfTarget.includes(actor.organisationId);
}
