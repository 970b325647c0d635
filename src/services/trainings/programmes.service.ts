/**
 * Training programmes: the catalogue everyone with trainings.read sees, created by
 * coordinators and leaders with their modules and completion rule, or loaded from the templates
 * shipped in data/programmes (loading again updates those programmes, never duplicates them).
 * Creates are idempotent on the client-made id.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import { ProgrammeInput, type ProgrammeOutput, type TemplatesLoaded } from '../../contracts/trainings.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { notFound, OperatorError } from '../../domain/errors.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { assertCanActInOrganisation } from '../registry/people-access.ts';
import type { ProgrammeCounts, ProgrammeRecord } from './ports.ts';

export const TEMPLATES_FILE = fileURLToPath(new URL('../../../data/programmes/templates.json', import.meta.url));

const TemplateFile = z.object({
  programmes: z.array(ProgrammeInput.omit({ id: true, organisation_id: true, modules: true }).extend({
    key: z.string().regex(/^[a-z0-9-]+$/), modules: z.array(z.string().min(1)).min(1),
  })),
});

export const toProgrammeOutput = (p: ProgrammeRecord, counts: ProgrammeCounts): ProgrammeOutput => ({
  id: p.id, template_key: p.template_key, name: p.name, description: p.description, min_module_share: p.min_module_share,
  organisation_id: p.organisation_id, modules: p.modules, enrolled: counts.enrolled, certified: counts.certified,
});

/** Throws NOT_FOUND unless the programme exists. */
export async function getProgrammeRecord(repos: Repos, id: string): Promise<ProgrammeRecord> {
  const programme = await repos.trainings.findProgramme(id);
  if (!programme) throw notFound('Programme');
  return programme;
}

export async function listProgrammes(deps: ServiceDeps, ctx: CallContext): Promise<ProgrammeOutput[]> {
  authorize(ctx.actor, 'trainings.read');
  return (await deps.store.repos.trainings.listProgrammes()).map((p) => toProgrammeOutput(p, p));
}

export async function getProgramme(deps: ServiceDeps, ctx: CallContext, id: string): Promise<ProgrammeOutput> {
  authorize(ctx.actor, 'trainings.read');
  const repos = deps.store.repos;
  const programme = await getProgrammeRecord(repos, id);
  return toProgrammeOutput(programme, await repos.trainings.countsOf(id));
}

export async function createProgramme(deps: ServiceDeps, ctx: CallContext, input: ProgrammeInput): Promise<ProgrammeOutput> {
  authorize(ctx.actor, 'trainings.manage');
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const existing = await repos.trainings.findProgramme(id);
    if (existing) return toProgrammeOutput(existing, await repos.trainings.countsOf(id));
    if (input.organisation_id) await assertCanActInOrganisation(repos, ctx.actor, input.organisation_id);
    const record: ProgrammeRecord = {
      id, template_key: null, name: input.name, description: input.description, min_module_share: input.min_module_share,
      organisation_id: input.organisation_id ?? null, modules: input.modules.map((m, i) => ({ id: uuidv7(), position: i + 1, title: m.title })),
    };
    await repos.trainings.insertProgramme(record, ctx.actor.type === 'user' ? ctx.actor.id : null);
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'training_programme', entityId: id, after: input });
    return toProgrammeOutput(record, { enrolled: 0, certified: 0 });
  });
}

function readTemplates(file: string): z.infer<typeof TemplateFile> {
  const parsed = TemplateFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new OperatorError(`${file} is not a valid programme template file: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** Loads (or updates) the shipped programmes; `npx pallay programmes load-templates` and POST /api/programmes/templates. */
export async function loadProgrammeTemplates(deps: ServiceDeps, ctx: CallContext, file = TEMPLATES_FILE): Promise<TemplatesLoaded> {
  authorize(ctx.actor, 'trainings.manage');
  const templates = readTemplates(file);
  return deps.store.transaction(async (repos) => {
    let created = 0;
    let updated = 0;
    const programmes: ProgrammeOutput[] = [];
    for (const t of templates.programmes) {
      const existing = await repos.trainings.findProgrammeByTemplate(t.key);
      const modules = t.modules.map((title, i) => ({ id: existing?.modules.find((m) => m.position === i + 1)?.id ?? uuidv7(), position: i + 1, title }));
      const record: ProgrammeRecord = {
        id: existing?.id ?? uuidv7(), template_key: t.key, name: t.name, description: t.description, min_module_share: t.min_module_share,
        organisation_id: null, modules,
      };
      if (existing) {
        await repos.trainings.updateProgramme(record);
        updated++;
      } else {
        await repos.trainings.insertProgramme(record, ctx.actor.type === 'user' ? ctx.actor.id : null);
        created++;
      }
      programmes.push(toProgrammeOutput((await repos.trainings.findProgramme(record.id))!, await repos.trainings.countsOf(record.id)));
    }
    await recordAudit(repos, ctx, deps.clock(), { action: 'load_templates', entity: 'training_programme', entityId: null, after: { created, updated } });
    return { created, updated, programmes };
  });
}
