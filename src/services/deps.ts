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
import { DEFAULT_KG_PER_BAG } from '../domain/production/fair-value.ts';

export interface ServiceDeps {
  store: Store;
  clock: () => Date;
  settings: { sessionIdleMinutes: number; production?: Partial<ProductionSettings>; /** Origin printed in links and QR codes. */ publicUrl?: string };
}

/** Rules of the production ledger that an installation may change. */
export interface ProductionSettings {
  /** A sale paid further below the net reference than this fraction is flagged (default 0.2). */
  discountThreshold: number;
  /** Kilograms per bag when a lot's weight is estimated from bags (default 1000/15). */
  kgPerBag: number;
}

export function productionSettings(deps: Pick<ServiceDeps, 'settings'>): ProductionSettings {
  return { discountThreshold: 0.2, kgPerBag: DEFAULT_KG_PER_BAG, ...deps.settings.production };
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
