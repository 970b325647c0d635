/**
 * The app root: holds the chosen language and the session, picks the screen for the current
 * path and guards it with the navigation table. Changing the language re-renders from here, so
 * every `t()` call below picks up the new catalog. The registry screens (people, organisations,
 * duplicates) are a separate chunk fetched on first use, so the login route does not carry them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { LoginPage } from '../auth/login-page.tsx';
import { SecondFactorPage } from '../auth/second-factor-page.tsx';
import { SetupPage } from '../auth/setup-page.tsx';
import { HomePage } from '../home/home-page.tsx';
import { getLanguage, setLanguage, t, type Lang } from '../i18n/i18n.ts';
import { PlacesPage } from '../places/places-page.tsx';
import { ErrorSummary } from '../ui/form.tsx';
import { UsersPage } from '../users/users-page.tsx';
import { api, whenSessionLost } from './api.ts';
import { Header } from './header.tsx';
import { canOpen, sectionOf } from './navigation.ts';
import { navigate, onLinkClick, usePath } from './router.ts';

/** `undefined` while the first `/api/auth/me` is in flight. */
type SessionState = Session | null | undefined;

function Message({ text }: { text: string }) {
  return (
    <section class="card">
      <p>{text}</p>
      <p>
        <a href="/" onClick={onLinkClick}>
          {t('page.backHome')}
        </a>
      </p>
    </section>
  );
}

type RegistryModule = typeof import('../registry/routes.tsx');
let registryModule: Promise<RegistryModule> | null = null;

/**
 * The registry screens, downloaded on first use: `import()` puts them in their own chunk, so
 * the login route stays small. A failed download (offline) may be retried by opening it again.
 */
function RegistryScreen(props: { path: string; session: Session; onSessionLost: () => void }) {
  const [registry, setRegistry] = useState<RegistryModule | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    registryModule ??= import('../registry/routes.tsx');
    registryModule.then(setRegistry, () => {
      registryModule = null;
      setHasFailed(true);
    });
  }, []);
  if (hasFailed) return <Message text={t('error.network')} />;
  if (!registry) return <p class="loading">{t('app.loading')}</p>;
  return <registry.RegistryRoutes {...props} />;
}

const REGISTRY_SECTIONS = ['/people', '/organisations', '/sites', '/duplicates'];

type ProductionModule = typeof import('../production/routes.tsx');
let productionModule: Promise<ProductionModule> | null = null;

/** The production screens (lots, sales, fair value), their own chunk, loaded like the registry's. */
function ProductionScreen(props: { path: string; session: Session; onSessionLost: () => void }) {
  const [production, setProduction] = useState<ProductionModule | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    productionModule ??= import('../production/routes.tsx');
    productionModule.then(setProduction, () => {
      productionModule = null;
      setHasFailed(true);
    });
  }, []);
  if (hasFailed) return <Message text={t('error.network')} />;
  if (!production) return <p class="loading">{t('app.loading')}</p>;
  return <production.ProductionRoutes {...props} />;
}

type DashboardModule = typeof import('../dashboard/routes.tsx');
let dashboardModule: Promise<DashboardModule> | null = null;

/** The indicators dashboard (charts, map, baseline), its own chunk, loaded like the registry's. */
function DashboardScreen(props: { path: string; session: Session; onSessionLost: () => void }) {
  const [dashboard, setDashboard] = useState<DashboardModule | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    dashboardModule ??= import('../dashboard/routes.tsx');
    dashboardModule.then(setDashboard, () => {
      dashboardModule = null;
      setHasFailed(true);
    });
  }, []);
  if (hasFailed) return <Message text={t('error.network')} />;
  if (!dashboard) return <p class="loading">{t('app.loading')}</p>;
  return <dashboard.DashboardRoutes {...props} />;
}

type TrainingsModule = typeof import('../trainings/routes.tsx');
let trainingsModule: Promise<TrainingsModule> | null = null;

/** The training screens (programmes, attendance, certificates, reach), their own chunk, loaded like the registry's. */
function TrainingsScreen(props: { path: string; session: Session; onSessionLost: () => void }) {
  const [trainings, setTrainings] = useState<TrainingsModule | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    trainingsModule ??= import('../trainings/routes.tsx');
    trainingsModule.then(setTrainings, () => {
      trainingsModule = null;
      setHasFailed(true);
    });
  }, []);
  if (hasFailed) return <Message text={t('error.network')} />;
  if (!trainings) return <p class="loading">{t('app.loading')}</p>;
  return <trainings.TrainingsRoutes {...props} />;
}

type PlansModule = typeof import('../plans/routes.tsx');
let plansModule: Promise<PlansModule> | null = null;

/** The action-plan screens (tree, node pages, progress, reports), their own chunk, loaded like the registry's. */
function PlansScreen(props: { path: string; session: Session; onSessionLost: () => void }) {
  const [plans, setPlans] = useState<PlansModule | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    plansModule ??= import('../plans/routes.tsx');
    plansModule.then(setPlans, () => {
      plansModule = null;
      setHasFailed(true);
    });
  }, []);
  if (hasFailed) return <Message text={t('error.network')} />;
  if (!plans) return <p class="loading">{t('app.loading')}</p>;
  return <plans.PlansRoutes {...props} />;
}

type ProtectionModule = typeof import('../protection/routes.tsx');
let protectionModule: Promise<ProtectionModule> | null = null;

/** The protective-equipment and mercury screens, their own chunk, loaded like the registry's. */
function ProtectionScreen(props: { path: string; session: Session; onSessionLost: () => void }) {
  const [protection, setProtection] = useState<ProtectionModule | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    protectionModule ??= import('../protection/routes.tsx');
    protectionModule.then(setProtection, () => {
      protectionModule = null;
      setHasFailed(true);
    });
  }, []);
  if (hasFailed) return <Message text={t('error.network')} />;
  if (!protection) return <p class="loading">{t('app.loading')}</p>;
  return <protection.ProtectionRoutes {...props} />;
}

type HelpModule = typeof import('../help/routes.tsx');
let helpModule: Promise<HelpModule> | null = null;

/** The discreet help pages (/ayuda), open without login, their own chunk, loaded like the registry's. */
function HelpScreen(props: { path: string; lang: Lang; onLanguage: (lang: Lang) => void }) {
  const [help, setHelp] = useState<HelpModule | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    helpModule ??= import('../help/routes.tsx');
    helpModule.then(setHelp, () => {
      helpModule = null;
      setHasFailed(true);
    });
  }, []);
  if (hasFailed) return <Message text={t('error.network')} />;
  if (!help) return <p class="loading">{t('app.loading')}</p>;
  return <help.HelpRoutes {...props} />;
}

const isHelpPath = (path: string) => path === '/ayuda' || path.startsWith('/ayuda/');

interface PageProps {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

function Page({ path, session, onSessionLost }: PageProps) {
  const access = canOpen(session.user.role, path);
  if (access === 'unknown') return <Message text={t('page.notFound')} />;
  if (access === 'no') return <Message text={t('page.forbidden')} />;
  const section = sectionOf(path)?.href ?? '';
  if (REGISTRY_SECTIONS.includes(section)) {
    return <RegistryScreen path={path} session={session} onSessionLost={onSessionLost} />;
  }
  if (section === '/production' || section === '/prices' || section === '/reports') return <ProductionScreen path={path} session={session} onSessionLost={onSessionLost} />;
  if (section === '/dashboard') return <DashboardScreen path={path} session={session} onSessionLost={onSessionLost} />;
  if (section === '/plans') return <PlansScreen path={path} session={session} onSessionLost={onSessionLost} />;
  if (section === '/trainings') return <TrainingsScreen path={path} session={session} onSessionLost={onSessionLost} />;
  if (section === '/ppe' || section === '/mercury') return <ProtectionScreen path={path} session={session} onSessionLost={onSessionLost} />;
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
  const path = usePath();

  const sessionLost = () => {
    setIsExpired(true);
    setSession(null);
  };

  useEffect(() => {
    whenSessionLost(sessionLost);
    api.me().then(setSession, () => setSession(null));
  }, []);

  useEffect(() => {
    if (session && path === '/login') navigate('/', { replace: true });
  }, [session, path]);

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
  const signedIn = (next: Session) => {
    setIsExpired(false);
    setSession(next);
  };
  const logout = async () => {
    try {
      await api.logout();
    } catch (err) {
      // Keep the session on screen if the server may still hold it: a shared phone must not look
      // logged out while the cookie still works. A 401 means it is already gone.
      if (!(err instanceof ApiError && err.status === 401)) {
        setLogoutError(err);
        return;
      }
    }
    setLogoutError(null);
    setSession(null);
    navigate('/login');
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
  if (path === '/setup') main = <SetupPage onSignedIn={signedIn} />;
  else if (session === undefined) main = <p class="loading">{t('app.loading')}</p>;
  else if (session === null) main = <LoginPage onSignedIn={signedIn} isExpired={isExpired} />;
  else main = <Page path={path} session={session} onSessionLost={sessionLost} />;

  return (
    <>
      <Header
        lang={lang}
        onLanguage={changeLanguage}
        path={path}
        user={path === '/setup' ? null : (session?.user ?? null)}
        onLogout={logout}
      />
      <main id="main" tabIndex={-1}>
        {session && <ErrorSummary error={logoutError} />}
        {main}
      </main>
    </>
  );
}
