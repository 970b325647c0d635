/**
 * The protective-equipment, mercury and services-directory screens behind one lazily loaded
 * entry: the app root imports this module with `import()` only when a `/ppe`, `/mercury` or
 * `/services` path opens, so the login
 * route never downloads it. Adds the catalog part and rule wordings, then maps paths to screens.
 */
import type { Session } from '../api/types.ts';
import { Message } from '../app/lazy-screen.tsx';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { protectionPart } from '../i18n/protection-part.ts';
import { addProblemTexts } from '../ui/problem-text.ts';
import { LackingPage } from './lacking-page.tsx';
import { MercuryPage } from './mercury-page.tsx';
import { MercuryPerson } from './mercury-person.tsx';
import { PpePage } from './ppe-page.tsx';
import { connectServices } from './services-api.ts';
import { ServicesPage } from './services-page.tsx';
import { PROTECTION_PROBLEM_TEXTS } from './problem-texts.ts';
import { connectProtection } from './protection-api.ts';
import { ThresholdsPage } from './thresholds-page.tsx';
import './protection.css';

addCatalogPart(protectionPart);
addProblemTexts(PROTECTION_PROBLEM_TEXTS);

const PERSON = /^\/mercury\/people\/([0-9a-fA-F-]{36})$/;

interface Props {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

export function ProtectionRoutes({ path, session, onSessionLost }: Props) {
  connectProtection({ csrfToken: session.csrf_token, onSessionLost });
  connectServices({ csrfToken: session.csrf_token, onSessionLost });
  const { user } = session;
  const match = PERSON.exec(path);
  if (path === '/ppe') return <PpePage user={user} />;
  if (path === '/ppe/lacking') return <LackingPage />;
  if (path === '/services') return <ServicesPage />;
  if (path === '/mercury/thresholds') return <ThresholdsPage user={user} />;
  if (match && user.role === 'health_worker') return <MercuryPerson key={path} personId={match[1]!} canRecord title={t('mercury.personTitle')} />;
  if (path === '/mercury') {
    if (user.role !== 'member') return <MercuryPage user={user} />;
    if (!user.person_id) return <Message text={t('mercury.noPerson')} />;
    return <MercuryPerson personId={user.person_id} canRecord={false} title={t('mercury.mine')} />;
  }
  return <Message text={t('page.notFound')} />;
}
