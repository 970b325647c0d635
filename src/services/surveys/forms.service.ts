/**
 * Importing questionnaires: an XLSForm workbook becomes a stored form definition. The form's
 * own id and version (settings sheet) identify it, so importing the same form again updates its
 * definition instead of making a second one. A malformed form is refused with every problem by
 * sheet, row and column, and nothing is written.
 */
import { uuidv7 } from 'uuidv7';
import { authorize, isNetworkWide } from '../../domain/auth/actor.ts';
import { notFound, validationFailed } from '../../domain/errors.ts';
import { parseXlsForm } from '../../domain/surveys/xlsform/parse-xlsform.ts';
import { readWorkbookCells } from '../files/xlsx.ts';
import { recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertCanActInOrganisation } from '../registry/people-access.ts';
import type { SurveyFormRecord } from './ports.ts';

export interface FormSummary {
  id: string;
  form_id: string;
  version: string;
  title: string;
  questions: number;
  languages: string[];
  responses: number;
  organisation_id: string | null;
  imported_at: string;
}

export function formSummary(f: SurveyFormRecord): FormSummary {
  return {
    id: f.id, form_id: f.form_key, version: f.version, title: f.title, questions: f.definition.questions.length,
    languages: f.definition.languages, responses: f.responses, organisation_id: f.organisation_id, imported_at: f.imported_at.toISOString(),
  };
}

export async function importForm(deps: ServiceDeps, ctx: CallContext, opts: { bytes: Uint8Array; fileName: string; organisationId?: string | null }): Promise<{ form: FormSummary; created: boolean }> {
  authorize(ctx.actor, 'surveys.manage');
  if (!/\.xlsx$/i.test(opts.fileName)) throw validationFailed([{ path: 'file', code: 'form.not_xlsx', message: 'an XLSForm must be an .xlsx workbook' }]);
  const definition = parseXlsForm(await readWorkbookCells(opts.bytes), opts.fileName);
  return deps.store.transaction(async (repos) => {
    if (opts.organisationId) await assertCanActInOrganisation(repos, ctx.actor, opts.organisationId);
    const version = definition.version ?? '';
    const existing = await repos.surveys.findFormByKey(definition.formId, version);
    if (existing) {
      await repos.surveys.replaceDefinition(existing.id, definition, definition.title, opts.fileName);
      await recordAudit(repos, ctx, deps.clock(), { action: 'reimport_form', entity: 'survey_form', entityId: existing.id, after: { form_id: definition.formId, version } });
      return { form: formSummary((await repos.surveys.findForm(existing.id))!), created: false };
    }
    const form = await repos.surveys.insertForm({
      id: uuidv7(), form_key: definition.formId, version, title: definition.title, definition, source_file: opts.fileName,
      organisation_id: opts.organisationId ?? ctx.actor.organisationId, imported_by: ctx.actor.type === 'user' ? ctx.actor.id : null,
    });
    await recordAudit(repos, ctx, deps.clock(), { action: 'import_form', entity: 'survey_form', entityId: form.id, after: { form_id: definition.formId, version } });
    return { form: formSummary(form), created: true };
  });
}

/** Forms of the actor's subtree (every form for network-wide roles). */
export async function listForms(deps: ServiceDeps, ctx: CallContext): Promise<FormSummary[]> {
  authorize(ctx.actor, 'surveys.read');
  const { repos } = deps.store;
  const scope = isNetworkWide(ctx.actor) ? null : ctx.actor.organisationId ? await repos.organisations.subtreeIds(ctx.actor.organisationId) : [];
  return (await repos.surveys.listForms(scope)).map(formSummary);
}

/** A form the actor may see; NOT_FOUND otherwise, so other networks' forms do not leak. */
export async function visibleForm(deps: ServiceDeps, ctx: CallContext, id: string): Promise<SurveyFormRecord> {
  const form = await deps.store.repos.surveys.findForm(id);
  if (!form) throw notFound('Form');
  await assertFormVisible(deps, ctx, form.organisation_id);
  return form;
}

/** NOT_FOUND unless the actor may see forms of this organisation (for callers that load the form themselves). */
export async function assertFormVisible(deps: ServiceDeps, ctx: CallContext, organisationId: string | null): Promise<void> {
  if (isNetworkWide(ctx.actor) || organisationId === null) return;
  try {
    await assertCanActInOrganisation(deps.store.repos, ctx.actor, organisationId);
  } catch {
    throw notFound('Form');
  }
}

/** A form with its questions and choices: what a dashboard offers to count and to split by. */
export async function formDetail(deps: ServiceDeps, ctx: CallContext, id: string) {
  authorize(ctx.actor, 'surveys.read');
  const form = await visibleForm(deps, ctx, id);
  const { definition } = form;
  return {
    form: formSummary(form),
    questions: definition.questions.map((q) => ({
      name: q.name, type: q.type, labels: q.labels, list_name: q.listName, path: q.path, in_repeat: q.inRepeat,
      choices: q.listName ? (definition.choiceLists[q.listName] ?? []).map((c) => ({ name: c.name, labels: c.labels })) : [],
    })),
  };
}
