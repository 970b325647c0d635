/**
 * Loads the demo data set (organisations of the nine study regions, one login per role, and a
 * generated survey of the study's 854 respondents so the dashboard has data at first start)
 * into an empty database. Every record is marked [DEMO]; the password is printed, not secret.
 */
import { uuidv7 } from 'uuidv7';
import { SYSTEM_ACTOR } from '../domain/auth/actor.ts';
import { buildDemoPlan, type DemoUser } from '../domain/demo/demo-plan.ts';
import { buildDemoSurvey } from '../domain/demo/demo-survey.ts';
import { AppError } from '../domain/errors.ts';
import { insertUserAudited } from './accounts/users.service.ts';
import { recordAudit, type CallContext, type ServiceDeps } from './deps.ts';
import type { Repos } from './ports.ts';
import { studyBaseline } from './surveys/baseline.service.ts';

export const DEMO_PASSWORD = 'pallay-demo';

export async function loadDemoData(deps: ServiceDeps, seed = 2022): Promise<DemoUser[]> {
  const plan = buildDemoPlan(seed);
  const survey = buildDemoSurvey(await studyBaseline(), seed);
  return deps.store.transaction(async (repos) => {
    if ((await repos.users.count()) > 0) throw new AppError('CONFLICT', 'The database already has users; demo data goes into an empty data folder');
    const ctx = { actor: SYSTEM_ACTOR, requestId: null };
    const now = deps.clock();
    const idByKey = new Map<string, string>();
    for (const org of plan.organisations) {
      const record = { id: uuidv7(), name: org.name, kind: org.kind, parentId: org.parentKey ? idByKey.get(org.parentKey)! : null };
      await repos.organisations.insert(record);
      idByKey.set(org.key, record.id);
      await recordAudit(repos, ctx, now, { action: 'create', entity: 'organisation', entityId: record.id, after: record });
    }
    for (const user of plan.users) {
      await insertUserAudited(repos, ctx, now, {
        username: user.username,
        display_name: user.displayName,
        password: DEMO_PASSWORD,
        role: user.role,
        organisation_id: user.organisationKey ? idByKey.get(user.organisationKey)! : null,
      });
    }
    await insertDemoSurvey(repos, ctx, now, { survey, organisationId: idByKey.get('national')! });
    return plan.users;
  });
}

/** Stores the generated survey as an imported form with its responses, audited like an import. */
async function insertDemoSurvey(repos: Repos, ctx: CallContext, now: Date, opts: { survey: ReturnType<typeof buildDemoSurvey>; organisationId: string }) {
  const { definition, responses } = opts.survey;
  const form = await repos.surveys.insertForm({
    id: uuidv7(), form_key: definition.formId, version: definition.version ?? '', title: definition.title, definition,
    source_file: 'demo (generated from data/study)', organisation_id: opts.organisationId, imported_by: null,
  });
  const created = await repos.surveys.insertResponses(form.id, responses);
  await recordAudit(repos, ctx, now, { action: 'import_form', entity: 'survey_form', entityId: form.id, after: { form_id: definition.formId, version: definition.version } });
  await recordAudit(repos, ctx, now, { action: 'import_responses', entity: 'survey_form', entityId: form.id, after: { rows: responses.length, created } });
}
