/**
 * The confidential referral screens behind one lazily loaded entry: the app root imports this
 * module with `import()` only when a `/referrals` path opens, so the login route never downloads
 * it. Adds the catalog part and rule wordings, then maps paths to screens. Paths carry at most a
 * referral's id, never anything about the woman, and no screen puts data in a query string.
 * An admin gets only the emergency (break-glass) access to one referral by its id.
 */
import type { Session } from '../api/types.ts';
import { Message } from '../app/lazy-screen.tsx';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { referralsPart } from '../i18n/referrals-part.ts';
import { addProblemTexts } from '../ui/problem-text.ts';
import { BreakGlassEntry, BreakGlassPage } from './break-glass-page.tsx';
import { DetailPage } from './detail-page.tsx';
import { ListPage } from './list-page.tsx';
import { NewPage } from './new-page.tsx';
import { REFERRAL_PROBLEM_TEXTS } from './problem-texts.ts';
import { connectReferrals } from './referrals-api.ts';
import { StatsPage } from './stats-page.tsx';
import './referrals.css';

addCatalogPart(referralsPart);
addProblemTexts(REFERRAL_PROBLEM_TEXTS);

const ONE = /^\/referrals\/([0-9a-fA-F-]{36})$/;

interface Props {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

export function ReferralsRoutes({ path, session, onSessionLost }: Props) {
  connectReferrals({ csrfToken: session.csrf_token, onSessionLost });
  const { user } = session;
  const match = ONE.exec(path);
  // An admin has no list: only the emergency access, by id (web/app/navigation.ts lets her open `/referrals/<id>`).
  if (user.role === 'admin') {
    if (path === '/referrals/break-glass') return <BreakGlassEntry />;
    if (match) return <BreakGlassPage key={path} id={match[1]!} />;
    return <Message text={t('page.forbidden')} />;
  }
  if (path === '/referrals/stats') return <StatsPage />;
  if (path === '/referrals') return <ListPage user={user} />;
  if (path === '/referrals/new') return <NewPage user={user} />;
  if (match) return <DetailPage key={path} id={match[1]!} user={user} />;
  return <Message text={t('page.notFound')} />;
}
