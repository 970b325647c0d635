/**
 * The app root: holds the chosen language and the session, picks the screen for the current
 * path and guards it with the navigation table. Changing the language re-renders from here, so
 * every `t()` call below picks up the new catalog. Each module's screens (registry, production,
 * dashboard, plans, trainings, savings, protection, referrals, help) are a chunk fetched on first use (lazy-screen.tsx),
 * so the login route does not carry them.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { LoginPage } from '../auth/login-page.tsx';
import { SecondFactorPage } from '../auth/second-factor-page.tsx';
import { SetupPage } from '../auth/setup-page.tsx';
import { HomePage } from '../home/home-page.tsx';
import { getLanguage, setLanguage, t, type Lang } from '../i18n/i18n.ts';
import { PlacesPage } from '../places/places-page.tsx';
import { forgetSession, recallSession, rememberSession } from '../offline/session-memory.ts';
import { lockKeys, onKeyNeeded, refuseWaiting, unlockedOwner } from '../offline/key-ring.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { UsersPage } from '../users/users-page.tsx';
import { api, whenSessionLost } from './api.ts';
import { Header } from './header.tsx';
import { canOpen, FIELD_ROLES, sectionOf } from './navigation.ts';
import { lazyScreen, Message } from './lazy-screen.tsx';
import { navigate, usePath } from './router.ts';

/** `undefined` while the first `/api/auth/me` is in flight. */
type SessionState = Session | null | undefined;

interface ModuleProps {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

const RegistryScreen = lazyScreen<ModuleProps>(() => import('../registry/routes.tsx').then((m) => m.RegistryRoutes));
const ProductionScreen = lazyScreen<ModuleProps>(() => import('../production/routes.tsx').then((m) => m.ProductionRoutes));
const DashboardScreen = lazyScreen<ModuleProps>(() => import('../dashboard/routes.tsx').then((m) => m.DashboardRoutes));
const PlansScreen = lazyScreen<ModuleProps>(() => import('../plans/routes.tsx').then((m) => m.PlansRoutes));
const TrainingsScreen = lazyScreen<ModuleProps>(() => import('../trainings/routes.tsx').then((m) => m.TrainingsRoutes));
const SavingsScreen = lazyScreen<ModuleProps>(() => import('../savings/routes.tsx').then((m) => m.SavingsRoutes));
const ProtectionScreen = lazyScreen<ModuleProps>(() => import('../protection/routes.tsx').then((m) => m.ProtectionRoutes));
const ReferralsScreen = lazyScreen<ModuleProps>(() => import('../referrals/routes.tsx').then((m) => m.ReferralsRoutes));
const SyncScreen = lazyScreen<ModuleProps>(() => import('../offline/sync-routes.tsx').then((m) => m.SyncRoutes));
/** A member's copy of her data (ARCO), rarely opened: its own small chunk. */
const ArcoScreen = lazyScreen<ModuleProps>(() => import('../arco/routes.tsx').then((m) => m.ArcoRoutes));
/** The chunks a field phone downloads after login so their screens open with no signal (web/offline/field-session.ts). */
const preloadFieldScreens = () => Promise.all([import('../registry/routes.tsx'), import('../production/routes.tsx'), import('../offline/sync-routes.tsx')]);
/** A shared phone's PIN lock and its sign-out with data kept on the phone (web/offline), loaded when needed. */
const LockScreen = lazyScreen<{ user: Session['user']; onChangeUser: () => void }>(() => import('../offline/lock-screen.tsx').then((m) => m.LockScreen));
const LogoutScreen = lazyScreen<{ user: Session['user']; onSignOut: () => Promise<boolean>; onDone: () => void; onCancel: () => void }>(
  () => import('../offline/logout-screen.tsx').then((m) => m.LogoutScreen),
);
/** The discreet help pages (/ayuda), open without login. */
const HelpScreen = lazyScreen<{ path: string; lang: Lang; onLanguage: (lang: Lang) => void }>(() => import('../help/routes.tsx').then((m) => m.HelpRoutes));

const REGISTRY_SECTIONS = ['/people', '/organisations', '/sites', '/duplicates'];

/** Which lazily loaded module serves each menu section (the registry's are listed above). */
const MODULE_SECTIONS: [readonly string[], (props: ModuleProps) => JSX.Element][] = [
  [REGISTRY_SECTIONS, RegistryScreen],
  [['/production', '/prices', '/reports'], ProductionScreen],
  [['/dashboard'], DashboardScreen],
  [['/plans'], PlansScreen],
  [['/trainings'], TrainingsScreen],
  [['/savings'], SavingsScreen],
  [['/ppe', '/mercury', '/services'], ProtectionScreen],
  [['/referrals', '/referrals/stats', '/referrals/break-glass'], ReferralsScreen],
  [['/sync'], SyncScreen],
  [['/my-data'], ArcoScreen],
];

const isHelpPath = (path: string) => path === '/ayuda' || path.startsWith('/ayuda/');

function Page({ path, session, onSessionLost }: ModuleProps) {
  const access = canOpen(session.user.role, path);
  if (access === 'unknown') return <Message text={t('page.notFound')} />;
  if (access === 'no') return <Message text={t('page.forbidden')} />;
  const section = sectionOf(path)?.href ?? '';
  const Screen = MODULE_SECTIONS.find(([sections]) => sections.includes(section))?.[1];
  if (Screen) return <Screen path={path} session={session} onSessionLost={onSessionLost} />;
  if (path === '/places') return <PlacesPage />;
  if (path === '/users') return <UsersPage me={session.user} />;
  if (path === '/second-factor') return <SecondFactorPage onDone={onSessionLost} />;
  return <HomePage user={session.user} />;
}

export function App() {
  const [lang, setLang] = useState<Lang>(getLanguage());
  const [session, setSession] = useState<SessionState>(undefined);
  const [isExpired, setIsExpired] = useState(false);
  const [logoutError, setLogoutError] = useState<unknown>(null);
  /** Whose data on the phone a screen waits for (her PIN), and whether she is signing out with data kept here. */
  const [keyOwner, setKeyOwner] = useState<string | null>(null);
  const [isLeaving, setIsLeaving] = useState(false);
  const path = usePath();
  const isNewLogin = useRef(false);

  const sessionLost = () => {
    forgetSession();
    setIsExpired(true);
    setSession(null);
  };

  useEffect(() => {
    whenSessionLost(sessionLost);
    // With no network, the session this tab had stays (the treasurer's outbox must stay on screen).
    api.me().then((me) => (me ? signedIn(me) : (forgetSession(), setSession(null))), (err) => setSession(err instanceof ApiError && err.code === 'NETWORK' ? recallSession() : null));
  }, []);

  useEffect(() => {
    if (session && path === '/login') navigate('/', { replace: true });
  }, [session, path]);

  useEffect(() => onKeyNeeded(setKeyOwner), []);
  // Only the signed-in user's PIN is ever asked for: a request for anyone else's data is refused.
  useEffect(() => {
    if (keyOwner && session !== undefined && keyOwner !== session?.user.id) refuseWaiting(keyOwner);
  }, [keyOwner, session]);

  // A field phone keeps her working set and sends her outbox (a lazy chunk: the login route does not carry it).
  useEffect(() => {
    if (!session || !FIELD_ROLES.includes(session.user.role)) return;
    const options = { session, onSessionLost: sessionLost, isNewLogin: isNewLogin.current, preload: preloadFieldScreens };
    isNewLogin.current = false;
    void import('../offline/field-session.ts').then((m) => m.startFieldSession(options)).catch(() => undefined);
  }, [session?.csrf_token]);

  // After moving to another page, put focus on the new content so screen readers announce it.
  const isFirstPath = useRef(true);
  useEffect(() => {
    if (isFirstPath.current) isFirstPath.current = false;
    else document.getElementById('main')?.focus();
  }, [path]);

  const changeLanguage = (next: Lang) => {
    setLanguage(next);
    setLang(next);
  };
  function loggedIn(next: Session) {
    isNewLogin.current = true;
    signedIn(next);
  }
  function signedIn(next: Session) {
    if (unlockedOwner() !== null && unlockedOwner() !== next.user.id) lockKeys();
    rememberSession(next);
    setIsExpired(false);
    setSession(next);
  }
  /** Ends the server session; false (with the reason shown) when the server may still hold it. */
  const endServerSession = async (): Promise<boolean> => {
    try {
      // A reload with no network left the client without the session's CSRF token: ask for it first.
      if ((await api.me()) !== null) await api.logout();
    } catch (err) {
      // Keep the session on screen if the server may still hold it: a shared phone must not look
      // logged out while the cookie still works. A 401 means it is already gone.
      if (!(err instanceof ApiError && err.status === 401)) {
        setLogoutError(err);
        return false;
      }
    }
    setLogoutError(null);
    return true;
  };
  const leave = () => {
    lockKeys();
    setIsLeaving(false);
    forgetSession();
    setSession(null);
    navigate('/login');
  };
  // With data kept on this phone she chooses to keep it locked or delete it (web/offline/logout-screen.tsx).
  const logout = async () => {
    const userId = session?.user.id;
    const hasData = userId !== undefined && (await import('../offline/device-users.ts').then((m) => m.hasLocalData(userId)).catch(() => false));
    if (hasData) setIsLeaving(true);
    else if (await endServerSession()) leave();
  };
  // Another woman takes the phone: this user's data is locked at once, then her session ends.
  const changeUser = async () => {
    lockKeys();
    if (await endServerSession()) leave();
  };

  // Help is for anyone, signed in or not, and shows no account menu: someone looking over her
  // shoulder sees neither her name nor the app's sections.
  if (isHelpPath(path)) {
    return (
      <main id="main" tabIndex={-1}>
        <HelpScreen path={path} lang={lang} onLanguage={changeLanguage} />
      </main>
    );
  }

  let main;
  if (path === '/setup') main = <SetupPage onSignedIn={loggedIn} />;
  else if (session === undefined) main = <p class="loading">{t('app.loading')}</p>;
  else if (session === null) main = <LoginPage onSignedIn={loggedIn} isExpired={isExpired} />;
  else if (isLeaving) main = <LogoutScreen user={session.user} onSignOut={endServerSession} onDone={leave} onCancel={() => setIsLeaving(false)} />;
  else {
    main = (
      <>
        {keyOwner === session.user.id && <LockScreen user={session.user} onChangeUser={() => void changeUser()} />}
        <Page path={path} session={session} onSessionLost={sessionLost} />
      </>
    );
  }

  return (
    <>
      <Header
        lang={lang}
        onLanguage={changeLanguage}
        path={path}
        user={path === '/setup' ? null : (session?.user ?? null)}
        onLogout={() => void logout()}
        onChangeUser={() => void changeUser()}
      />
      <main id="main" tabIndex={-1}>
        {session && <ErrorSummary error={logoutError} />}
        {main}
      </main>
    </>
  );
}
