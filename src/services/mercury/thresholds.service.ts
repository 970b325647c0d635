/**
 * Mercury screening thresholds: one reference and one alert value per sample type and unit,
 * shipped with the documented defaults (docs/mercury.md). Anyone working with mercury figures
 * reads them; only an admin changes them, on the version she saw, and the change is audited.
 * A change applies to evaluations recorded afterwards (each keeps the thresholds it was classed by).
 */
import type { ThresholdOutput, ThresholdUpdate } from '../../contracts/mercury.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { hasPermission } from '../../domain/auth/roles.ts';
import { forbidden, notFound, validationFailed, versionConflict } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';

export async function listThresholds(deps: ServiceDeps, ctx: CallContext): Promise<ThresholdOutput[]> {
  const { actor } = ctx;
  const allowed = (['mercury.read', 'mercury.aggregates', 'mercury.thresholds', 'mercury.record'] as const).some((p) => hasPermission(actor.role, p));
  if (!allowed) throw forbidden('Your role does not work with mercury figures');
  return deps.store.repos.mercury.thresholds();
}

export async function updateThreshold(deps: ServiceDeps, ctx: CallContext, key: string, input: ThresholdUpdate): Promise<ThresholdOutput> {
  authorize(ctx.actor, 'mercury.thresholds');
  if (input.alert <= input.reference) {
    throw validationFailed([{ path: 'alert', code: 'mercury.alert_not_above_reference', params: { reference: input.reference }, message: `must be above the reference value (${input.reference})` }]);
  }
  return deps.store.transaction(async (repos) => {
    const before = await repos.mercury.findThreshold(key);
    if (!before) throw notFound('Threshold');
    const at = deps.clock();
    const after = await repos.mercury.updateThreshold(key, {
      reference: input.reference, alert: input.alert, source: input.source ?? before.source, version: input.version,
      updated_by: ctx.actor.type === 'user' ? ctx.actor.id : null, at,
    });
    if (!after) throw versionConflict('threshold', before.version);
    await recordAudit(repos, ctx, at, { action: 'update', entity: 'mercury_threshold', entityId: key, before, after });
    return after;
  });
}
