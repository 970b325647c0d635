/**
 * What every service function receives: the store, a clock (so tests can move time), the few
 * settings that shape rules, and the calling context (who acts, under which request id).
 */
import type { Actor } from '../domain/auth/actor.ts';
import type { Repos, Store } from './ports.ts';
import type { AuditContent } from '../domain/audit/chain.ts';
import { redactSecrets } from '../domain/audit/redact.ts';
import { uuidv7 } from 'uuidv7';
import { peruDate } from '../domain/shared/peru-date.ts';

export interface ServiceDeps {
  store: Store;
  clock: () => Date;
  settings: { sessionIdleMinutes: number };
}

/** Today's date in Peru (YYYY-MM-DD) by the service clock: what date rules and consents compare with. */
export function todayOf(deps: Pick<ServiceDeps, 'clock'>): string {
  return peruDate(deps.clock());
}

export interface CallContext {
  actor: Actor;
  requestId: string | null;
}

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row inside the caller's transaction; secrets are redacted. */
export async function recordAudit(repos: Repos, ctx: CallContext, at: Date, event: AuditEvent): Promise<void> {
  await repos.audit.append(auditEntry(ctx, at, event));
}

/** The audit row for an event (bulk writers append many of these at once). */
export function auditEntry(ctx: CallContext, at: Date, event: AuditEvent): AuditContent {
  return {
    id: uuidv7(),
    at,
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    before: event.before === undefined ? null : redactSecrets(event.before),
    after: event.after === undefined ? null : redactSecrets(event.after),
    requestId: ctx.requestId,
  };
}
