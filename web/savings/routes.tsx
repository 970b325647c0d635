/**
 * The savings-group screens behind one lazily loaded entry (the app root imports it with
 * `import()` for paths under /savings, so the login route never downloads it, nor the ledger
 * code it checks meetings with). Adds the savings catalog part and rule wordings, connects the
 * API and the offline outbox to the session, sends whatever waits in the outbox, and maps paths
 * to screens.
 */
import type { Session } from '../api/types.ts';
import { Message } from '../app/lazy-screen.tsx';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { savingsPart } from '../i18n/savings-part.ts';
import { connectOutbox, syncOutbox } from '../offline/sync.ts';
import { addProblemTexts } from '../ui/problem-text.ts';
import { GroupPage } from './group-page.tsx';
import { GroupsPage } from './groups-page.tsx';
import { MeetingPage } from './meeting-page.tsx';
import { ReportPage } from './report-page.tsx';
import { SAVINGS_PROBLEM_TEXTS } from './problem-texts.ts';
import { connectSavings } from './savings-api.ts';
import './savings.css';

addCatalogPart(savingsPart);
addProblemTexts(SAVINGS_PROBLEM_TEXTS);

const ID = '([0-9a-fA-F-]{36})';
const GROUP = new RegExp(`^/savings/groups/${ID}$`);
const MEETING = new RegExp(`^/savings/cycles/${ID}/meeting$`);
const REPORT = new RegExp(`^/savings/cycles/${ID}/report$`);

let lastToken = '';

interface Props {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

export function SavingsRoutes({ path, session, onSessionLost }: Props) {
  connectSavings({ csrfToken: session.csrf_token, onSessionLost });
  connectOutbox({ owner: session.user.id, csrfToken: session.csrf_token, onSessionLost });
  if (lastToken !== session.csrf_token) {
    // A new session on this phone (or the module's first screen): send what waits.
    lastToken = session.csrf_token;
    void syncOutbox();
  }
  const owner = session.user.id;
  let match: RegExpExecArray | null;
  if ((match = MEETING.exec(path))) return <MeetingPage key={path} cycleId={match[1]!} owner={owner} />;
  if ((match = REPORT.exec(path))) return <ReportPage key={path} cycleId={match[1]!} />;
  if ((match = GROUP.exec(path))) {
    // A member sees her own statement only (the server refuses the others; the page does not offer them).
    const ownPersonOnly = session.user.role === 'member' ? (session.user.person_id ?? '') : undefined;
    return <GroupPage key={path} groupId={match[1]!} owner={owner} ownPersonOnly={ownPersonOnly} />;
  }
  if (path === '/savings') return <GroupsPage owner={owner} />;
  return <Message text={t('page.notFound')} />;
}
