/**
 * The indicators dashboard behind one lazily loaded entry: the app root imports this module
 * with `import()` only when `/dashboard` opens, so its charts, the department shapes, the
 * baseline links and its texts never reach the login route. Adds the catalog part before the
 * first render and hands the session to the dashboard's API calls.
 */
import type { Session } from '../api/types.ts';
import { addCatalogPart } from '../i18n/i18n.ts';
import { dashboardPart } from '../i18n/dashboard-part.ts';
import { connectDashboard } from './dashboard-api.ts';
import { DashboardPage } from './dashboard-page.tsx';
import './dashboard.css';

addCatalogPart(dashboardPart);

interface Props {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

export function DashboardRoutes({ session, onSessionLost }: Props) {
  connectDashboard({ csrfToken: session.csrf_token, onSessionLost });
  return <DashboardPage />;
}
