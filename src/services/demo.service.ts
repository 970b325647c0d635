/**
 * Loads the demo data set (organisations of the nine study regions and one login per role)
 * into an empty database. Every record is marked [DEMO]; the password is printed, not secret.
 */
import { uuidv7 } from 'uuidv7';
import { SYSTEM_ACTOR } from '../domain/auth/actor.ts';
import { buildDemoPlan, type DemoUser } from '../domain/demo/demo-plan.ts';
import { AppError } from '../domain/errors.ts';
import { insertUserAudited } from './accounts/users.service.ts';
import { recordAudit, type ServiceDeps } from './deps.ts';

export const DEMO_PASSWORD = 'pallay-demo';

export async function loadDemoData(deps: ServiceDeps, seed = 2022): Promise<DemoUser[]> {
  const plan = buildDemoPlan(seed);
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
    return plan.users;
  });
}
