/**
 * A module's screens downloaded on first use: `import()` puts each module (registry,
 * production, dashboard, plans, trainings, protection, help) in its own chunk, so the login
 * route stays small. While the chunk loads it says so; a failed download (offline) says that
 * instead, and opening the screen again retries. One loader for every module.
 */
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { onLinkClick } from './router.ts';

/** A short message with the way back home (not found, forbidden, offline). */
export function Message({ text }: { text: string }) {
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

/**
 * The screen component of a lazily loaded module.
 * @example const PlansScreen = lazyScreen(() => import('../plans/routes.tsx').then((m) => m.PlansRoutes));
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => JSX.Element {
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyScreen(props: P) {
    const [Screen, setScreen] = useState<ComponentType<P> | null>(null);
    const [hasFailed, setHasFailed] = useState(false);
    useEffect(() => {
      pending ??= load();
      pending.then((loaded) => setScreen(() => loaded), () => {
        pending = null;
        setHasFailed(true);
      });
    }, []);
    if (hasFailed) return <Message text={t('error.network')} />;
    if (!Screen) return <p class="loading">{t('app.loading')}</p>;
    return <Screen {...props} />;
  };
}
