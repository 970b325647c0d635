/**
 * The training screens behind one lazily loaded entry: the app root imports this module with
 * `import()` only when a `/trainings` path opens, so the login route never downloads it. Adds
 * the trainings catalog part and rule wordings before the first screen renders, and maps the
 * paths to screens.
 */
import type { Session } from '../api/types.ts';
import { Message } from '../app/lazy-screen.tsx';
import { FIELD_ROLES } from '../app/navigation.ts';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { trainingsPart } from '../i18n/trainings-part.ts';
import { connectOutbox } from '../offline/sync.ts';
import { addProblemTexts } from '../ui/problem-text.ts';
import { PersonTrainingsView } from './person-trainings.tsx';
import { TRAINING_PROBLEM_TEXTS } from './problem-texts.ts';
import { ProgrammePage } from './programme-page.tsx';
import { ProgrammesPage } from './programmes-page.tsx';
import { ReachPage } from './reach-page.tsx';
import { SessionPage } from './session-page.tsx';
import { connectTrainings } from './trainings-api.ts';
import './trainings.css';

addCatalogPart(trainingsPart);
addProblemTexts(TRAINING_PROBLEM_TEXTS);

const ID = '([0-9a-fA-F-]{36})';
const PROGRAMME = new RegExp(`^/trainings/programmes/${ID}$`);
const SESSION = new RegExp(`^/trainings/sessions/${ID}$`);
const PERSON = new RegExp(`^/trainings/people/${ID}$`);

const STAFF = ['admin', 'coordinator', 'association_leader', 'promoter'];
const MANAGERS = ['admin', 'coordinator', 'association_leader'];
const REPORTERS = ['admin', 'coordinator', 'association_leader', 'analyst'];

interface Props {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

export function TrainingsRoutes({ path, session, onSessionLost }: Props) {
  connectTrainings({ csrfToken: session.csrf_token, onSessionLost });
  const { user } = session;
  // A field user's attendance may wait in the phone's outbox (attendance-offline.ts).
  const fieldOwner = FIELD_ROLES.includes(user.role) ? user.id : undefined;
  if (fieldOwner) connectOutbox({ owner: fieldOwner, csrfToken: session.csrf_token, onSessionLost });
  const canManage = MANAGERS.includes(user.role);
  let match: RegExpExecArray | null;
  if (user.role === 'member') {
    if (!user.person_id) return <Message text={t('training.noPerson')} />;
    return <PersonTrainingsView key={user.person_id} personId={user.person_id} title={t('training.mine')} canIssue={false} />;
  }
  if ((match = PERSON.exec(path))) return <PersonTrainingsView key={path} personId={match[1]!} title={t('training.person')} canIssue={canManage} />;
  if ((match = SESSION.exec(path)) && STAFF.includes(user.role)) return <SessionPage key={path} sessionId={match[1]!} owner={fieldOwner} />;
  if ((match = PROGRAMME.exec(path))) return <ProgrammePage key={path} programmeId={match[1]!} user={user} canRecord={STAFF.includes(user.role)} />;
  if (path === '/trainings/reports' && REPORTERS.includes(user.role)) return <ReachPage />;
  if (path === '/trainings') return <ProgrammesPage canManage={canManage} canReport={REPORTERS.includes(user.role)} />;
  return <Message text={t('page.notFound')} />;
}
