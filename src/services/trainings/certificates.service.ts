/**
 * Training certificates. One is issued only when the person, enrolled in the programme, has met
 * its completion rule (otherwise a refusal that says how many modules she has and needs); it
 * gets a random verification code and a QR to the public /verify page, and is voided, never
 * deleted. Reading a certificate, its PDF or a person's trainings is audited.
 */
import { uuidv7 } from 'uuidv7';
import type { CertificateOutput, CertificateRequest, PersonTrainings } from '../../contracts/trainings.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { notFound, validationFailed } from '../../domain/errors.ts';
import { completion } from '../../domain/trainings/completion.ts';
import { recordAudit, todayOf, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanSeePerson } from '../registry/people-access.ts';
import { newVerificationCode } from '../verification/codes.ts';
import { renderCertificatePdf } from './certificate-pdf.ts';
import { toCertificateOutput } from './certificate-view.ts';
import { getProgrammeRecord } from './programmes.service.ts';
import type { ProgrammeRecord } from './ports.ts';
import { mapInOrder } from '../../domain/shared/in-order.ts';

async function progressOf(repos: Repos, personId: string, programme: ProgrammeRecord) {
  return completion({
    moduleIds: programme.modules.map((m) => m.id),
    attendedModuleIds: await repos.trainings.attendedModuleIds(personId, programme.id),
    minShare: programme.min_module_share,
  });
}

export async function issueCertificate(deps: ServiceDeps, ctx: CallContext, input: CertificateRequest): Promise<CertificateOutput> {
  authorize(ctx.actor, 'trainings.manage');
  const today = todayOf(deps);
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const same = await repos.certificates.findById(id);
    if (same) return toCertificateOutput(repos, deps, same);
    await assertCanSeePerson(repos, ctx.actor, input.person_id, today);
    const programme = await repos.trainings.findProgramme(input.programme_id);
    if (!programme) throw validationFailed([{ path: 'programme_id', code: 'programme.unknown', message: 'no such programme' }]);
    const valid = await repos.certificates.findValid(input.person_id, programme.id);
    if (valid) return toCertificateOutput(repos, deps, valid);
    if (!(await repos.trainings.enrolledAmong(programme.id, [input.person_id])).has(input.person_id)) {
      throw validationFailed([{ path: 'person_id', code: 'training.not_enrolled', message: 'is not enrolled in this programme' }]);
    }
    const progress = await progressOf(repos, input.person_id, programme);
    if (!progress.complete) {
      throw validationFailed([{ path: 'person_id', code: 'certificate.incomplete',
        params: { attended: progress.attended, required: progress.required, total: progress.total },
        message: `has attended ${progress.attended} of the ${progress.total} modules; the programme asks for at least ${progress.required}` }]);
    }
    const certificate = await repos.certificates.insert({
      id, code: newVerificationCode(), person_id: input.person_id, programme_id: programme.id, issued_on: today,
      modules_attended: progress.attended, modules_total: progress.total, issued_by: ctx.actor.type === 'user' ? ctx.actor.id : null,
      issuer_organisation_id: ctx.actor.organisationId, issued_at: deps.clock(),
    });
    await recordAudit(repos, ctx, deps.clock(), { action: 'issue_certificate', entity: 'training_certificate', entityId: id,
      after: { person_id: input.person_id, programme_id: programme.id, modules_attended: progress.attended } });
    return toCertificateOutput(repos, deps, certificate);
  });
}

/** A certificate with her full name: an audited read, within the actor's reach of people. */
export async function getCertificate(deps: ServiceDeps, ctx: CallContext, id: string): Promise<CertificateOutput> {
  authorize(ctx.actor, 'trainings.read');
  return deps.store.transaction(async (repos) => {
    const certificate = await repos.certificates.findById(id);
    if (!certificate) throw notFound('Certificate');
    await assertCanSeePerson(repos, ctx.actor, certificate.person_id, todayOf(deps));
    await recordAudit(repos, ctx, deps.clock(), { action: 'read', entity: 'training_certificate', entityId: id });
    return toCertificateOutput(repos, deps, certificate);
  });
}

export async function certificatePdf(deps: ServiceDeps, ctx: CallContext, id: string, lang: 'es' | 'en'): Promise<{ filename: string; bytes: Buffer }> {
  const certificate = await getCertificate(deps, ctx, id);
  return { filename: `certificado-${certificate.code.slice(0, 4)}.pdf`, bytes: renderCertificatePdf(certificate, lang) };
}

export async function voidCertificate(deps: ServiceDeps, ctx: CallContext, id: string, reason: string): Promise<CertificateOutput> {
  authorize(ctx.actor, 'trainings.manage');
  return deps.store.transaction(async (repos) => {
    const before = await repos.certificates.findById(id);
    if (!before) throw notFound('Certificate');
    await assertCanSeePerson(repos, ctx.actor, before.person_id, todayOf(deps));
    const after = await repos.certificates.voidOne(id, deps.clock(), reason);
    await recordAudit(repos, ctx, deps.clock(), { action: 'void_certificate', entity: 'training_certificate', entityId: id, after: { reason } });
    return toCertificateOutput(repos, deps, after!);
  });
}

/** Her programmes with progress against each rule, and her certificates (a member: her own). */
export async function personTrainings(deps: ServiceDeps, ctx: CallContext, personId: string): Promise<PersonTrainings> {
  authorize(ctx.actor, 'trainings.read');
  return deps.store.transaction(async (repos) => {
    await assertCanSeePerson(repos, ctx.actor, personId, todayOf(deps));
    const certificates = await mapInOrder(await repos.certificates.listForPerson(personId), (c) => toCertificateOutput(repos, deps, c));
    const programmes = await mapInOrder(await repos.trainings.enrolmentsOfPerson(personId), async (e) => {
      const programme = await getProgrammeRecord(repos, e.programme_id);
      const progress = await progressOf(repos, personId, programme);
      return {
        programme_id: programme.id, programme_name: programme.name, enrolled_on: e.enrolled_on, modules_attended: progress.attended,
        modules_total: progress.total, modules_required: progress.required, complete: progress.complete,
        certificate: certificates.find((c) => c.programme_id === programme.id && c.status === 'valid') ?? null,
      };
    });
    await recordAudit(repos, ctx, deps.clock(), { action: 'read', entity: 'person_trainings', entityId: personId });
    return { person_id: personId, programmes, certificates };
  });
}
