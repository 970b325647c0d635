/**
 * Partner API keys: `pallay_<prefix>_<secret>`. The prefix finds the key, the secret is
 * checked against its SHA-256; keys carry a role, an organisation and scopes (permissions),
 * and revocation takes effect on the next request.
 */
import { timingSafeEqual } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { ApiKeyCreateInput, ApiKeyOutput } from '../../contracts/accounts.ts';
import { authorize, type Actor } from '../../domain/auth/actor.ts';
import { PERMISSIONS } from '../../domain/auth/roles.ts';
import { notFound, validationFailed } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import type { ApiKeyRecord } from '../ports.ts';
import { randomToken, sha256Hex } from './secrets.ts';

const KEY_PATTERN = /^pallay_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{20,})$/;

function toOutput(key: ApiKeyRecord): ApiKeyOutput {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    role: key.role,
    organisation_id: key.organisationId,
    scopes: key.scopes,
    created_at: key.createdAt.toISOString(),
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
    revoked_at: key.revokedAt?.toISOString() ?? null,
  };
}

export async function createApiKey(deps: ServiceDeps, ctx: CallContext, input: ApiKeyCreateInput): Promise<{ api_key: ApiKeyOutput; secret: string }> {
  authorize(ctx.actor, 'api_keys.manage');
  const role = input.role ?? 'partner';
  const scopes = input.scopes ?? [];
  const unknown = scopes.filter((s) => !(s in PERMISSIONS));
  if (unknown.length) throw validationFailed(unknown.map((s) => ({ path: 'scopes', message: `unknown scope "${s}"` })));
  const prefix = randomToken(9).replace(/[-_]/g, 'x').slice(0, 12);
  const secret = randomToken();
  return deps.store.transaction(async (repos) => {
    const key = await repos.apiKeys.insert({
      id: uuidv7(),
      name: input.name,
      prefix,
      secretHash: sha256Hex(secret),
      role,
      organisationId: input.organisation_id ?? null,
      scopes,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    });
    const output = toOutput(key);
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'api_key', entityId: key.id, after: output });
    return { api_key: output, secret: `pallay_${prefix}_${secret}` };
  });
}

export async function listApiKeys(deps: ServiceDeps, ctx: CallContext): Promise<ApiKeyOutput[]> {
  authorize(ctx.actor, 'api_keys.manage');
  return (await deps.store.repos.apiKeys.list()).map(toOutput);
}

export async function revokeApiKey(deps: ServiceDeps, ctx: CallContext, id: string): Promise<ApiKeyOutput> {
  authorize(ctx.actor, 'api_keys.manage');
  return deps.store.transaction(async (repos) => {
    const before = await repos.apiKeys.findById(id);
    if (!before) throw notFound('API key');
    const after = await repos.apiKeys.revoke(id, before.revokedAt ?? deps.clock());
    await recordAudit(repos, ctx, deps.clock(), { action: 'revoke', entity: 'api_key', entityId: id, before: toOutput(before), after: toOutput(after!) });
    return toOutput(after!);
  });
}

/** The actor behind a presented key, or undefined when the key is malformed, unknown or revoked. */
export async function resolveApiKey(deps: ServiceDeps, presented: string): Promise<Actor | undefined> {
  const match = KEY_PATTERN.exec(presented);
  if (!match) return undefined;
  const key = await deps.store.repos.apiKeys.findByPrefix(match[1]!);
  if (!key || key.revokedAt) return undefined;
  const expected = Buffer.from(key.secretHash, 'hex');
  const actual = Buffer.from(sha256Hex(match[2]!), 'hex');
  if (!timingSafeEqual(expected, actual)) return undefined;
  await deps.store.repos.apiKeys.touch(key.id, deps.clock());
  return { type: 'api_key', id: key.id, role: key.role, organisationId: key.organisationId, scopes: key.scopes };
}
