/**
 * Mercury evaluations, one person at a time (sensitive health data). A health worker records a
 * result for a person in her subtree: the unit must fit the sample type and the value cannot be
 * negative (per-field messages, nothing written); the result is classed against the thresholds in
 * force and flagged for follow-up above the reference. Only health workers and the woman herself
 * read individual results, and every read writes an audit row. Values never go to the audit log
 * or the logs.
 */
import { uuidv7 } from 'uuidv7';
import type { EvaluationInput, EvaluationOutput } from '../../contracts/mercury.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError, validationFailed, type FieldProblem } from '../../domain/errors.ts';
import { classify, needsFollowUp, nextDueDate, thresholdKey, UNITS_BY_SAMPLE, unitFits } from '../../domain/mercury/classify.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertCanSeePerson, assertTakesNewRecords } from '../registry/people-access.ts';

const actorId = (ctx: CallContext) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

export async function recordEvaluation(deps: ServiceDeps, ctx: CallContext, input: EvaluationInput): Promise<EvaluationOutput> {
  authorize(ctx.actor, 'mercury.record');
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const problems: FieldProblem[] = [];
    if (!(await repos.people.findById(input.person_id))) throw new AppError('NOT_FOUND', 'Person not found');
    await assertCanSeePerson(repos, ctx.actor, input.person_id, today);
    const existing = await repos.mercury.findEvaluation(id);
    if (existing) return existing;
    await assertTakesNewRecords(repos, input.person_id);
    if (!unitFits(input.sample_type, input.unit)) {
      const allowed = UNITS_BY_SAMPLE[input.sample_type].join(', ');
      problems.push({ path: 'unit', code: 'mercury.unit_mismatch', params: { sample_type: input.sample_type, allowed }, message: `does not fit a ${input.sample_type} sample (use ${allowed})` });
    }
    if (input.sampled_on > today) problems.push({ path: 'sampled_on', code: 'date.in_future', params: { max: today }, message: `cannot be after today (${today})` });
    if (input.next_due_on && input.next_due_on < input.sampled_on) {
      problems.push({ path: 'next_due_on', code: 'mercury.due_before_sample', message: 'cannot be before the sample date' });
    }
    if (problems.length) throw validationFailed(problems);
    const threshold = await repos.mercury.findThreshold(thresholdKey(input.sample_type, input.unit));
    if (!threshold) throw validationFailed([{ path: 'unit', code: 'mercury.no_threshold', message: 'no screening threshold for this sample type and unit' }]);
    const classification = classify(input.value, threshold);
    await repos.mercury.insertEvaluation({
      id, person_id: input.person_id, organisation_id: input.organisation_id ?? ctx.actor.organisationId ?? null, sample_type: input.sample_type,
      unit: input.unit, value: input.value, sampled_on: input.sampled_on, laboratory: input.laboratory, method: input.method, symptoms: input.symptoms,
      classification, reference_used: threshold.reference, alert_used: threshold.alert, follow_up: needsFollowUp(classification),
      next_due_on: input.next_due_on ?? nextDueDate(input.sampled_on, classification), note: input.note ?? '', created_by: actorId(ctx),
    });
    // No value or class in the audit row: the audit log is readable by admins, who see aggregates only.
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'mercury_evaluation', entityId: id, after: { person_id: input.person_id, sample_type: input.sample_type } });
    return (await repos.mercury.findEvaluation(id))!;
  });
}

/** A person's evaluations, newest first: health workers in her subtree and the woman herself; the read is audited. */
export async function personEvaluations(deps: ServiceDeps, ctx: CallContext, personId: string): Promise<EvaluationOutput[]> {
  authorize(ctx.actor, 'mercury.read');
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    await assertCanSeePerson(repos, ctx.actor, personId, today);
    const items = await repos.mercury.listForPerson(personId);
    await recordAudit(repos, ctx, deps.clock(), { action: 'read', entity: 'mercury_evaluations', entityId: personId, after: { count: items.length } });
    return items;
  });
}
