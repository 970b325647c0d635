/**
 * The /sync screen behind one lazily loaded entry (the app root imports it with `import()` for
 * /sync, and a field phone downloads it after login so it opens with no signal). Adds the field
 * catalog part, connects the outbox to the session and sends what waits.
 */
import type { Session } from '../api/types.ts';
import { Message } from '../app/lazy-screen.tsx';
import { fieldPart } from '../i18n/field-part.ts';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { addProblemTexts } from '../ui/problem-text.ts';
import { SYNC_PROBLEM_TEXTS } from './sync-problem-texts.ts';
import { SYNC_PATH } from './field-queue.ts';
import { SyncPage } from './sync-page.tsx';
import { connectOutbox } from './sync.ts';
import './field.css';

addCatalogPart(fieldPart);
addProblemTexts(SYNC_PROBLEM_TEXTS);

interface Props {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

export function SyncRoutes({ path, session, onSessionLost }: Props) {
  connectOutbox({ owner: session.user.id, csrfToken: session.csrf_token, onSessionLost });
  if (path === SYNC_PATH) return <SyncPage owner={session.user.id} />;
  return <Message text={t('page.notFound')} />;
}
