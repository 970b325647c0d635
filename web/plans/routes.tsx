/**
 * The action-plan screens behind one lazily loaded entry: the app root imports this module with
 * `import()` only when a `/plans` path opens, so the login route never downloads them. Adds the
 * catalog part and the rule wordings before the first render, and maps the paths to screens.
 */
import type { Session } from '../api/types.ts';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { plansPart } from '../i18n/plans-part.ts';
import { addProblemTexts } from '../ui/problem-text.ts';
import { NodePage } from './node-page.tsx';
import { PlanTreePage } from './plan-tree-page.tsx';
import { PlansList } from './plans-list.tsx';
import { connectPlans } from './plans-api.ts';
import { PLANS_PROBLEM_TEXTS } from './problem-texts.ts';
import './plans.css';

addCatalogPart(plansPart);
addProblemTexts(PLANS_PROBLEM_TEXTS);

const ID = '([0-9a-fA-F-]{36})';
const NODE = new RegExp(`^/plans/nodes/${ID}$`);
const PLAN = new RegExp(`^/plans/${ID}$`);

interface Props {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

export function PlansRoutes({ path, session, onSessionLost }: Props) {
  connectPlans({ csrfToken: session.csrf_token, onSessionLost });
  const node = NODE.exec(path);
  if (node) return <NodePage key={node[1]} nodeId={node[1]!} role={session.user.role} />;
  const plan = PLAN.exec(path);
  if (plan) return <PlanTreePage key={plan[1]} planId={plan[1]!} />;
  if (path === '/plans') return <PlansList />;
  return <section class="card"><p>{t('page.notFound')}</p></section>;
}
