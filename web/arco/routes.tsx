/**
 * The ARCO chunk's own page, `/my-data` (a member's copy of her data), behind one lazily loaded
 * entry like every module's (web/app/app.tsx). The staff side of ARCO opens inside the
 * registry's screens (web/registry/person-page.tsx, routes.tsx), from this same folder.
 */
import type { Session } from '../api/types.ts';
import { Message } from '../app/lazy-screen.tsx';
import { t } from '../i18n/i18n.ts';
import { MyDataPage } from './my-data-page.tsx';
import './setup.ts';

interface Props {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

export function ArcoRoutes({ path, session }: Props) {
  if (path === '/my-data') return <MyDataPage user={session.user} />;
  return <Message text={t('page.notFound')} />;
}
