/**
 * The top of every screen: the name, the language menu and, once logged in, the role-aware
 * menu and the logout button. The menu comes from navigation.ts so it matches the route guard.
 */
import type { SessionUser } from '../api/types.ts';
import { LanguageSwitcher } from '../i18n/language-switcher.tsx';
import { t, type Lang } from '../i18n/i18n.ts';
import { navigationFor } from './navigation.ts';
import { onLinkClick } from './router.ts';

interface Props {
  lang: Lang;
  onLanguage: (lang: Lang) => void;
  path: string;
  user: SessionUser | null;
  onLogout?: () => void;
}

export function Header({ lang, onLanguage, path, user, onLogout }: Props) {
  return (
    <header class="top">
      <a class="skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <div class="top-bar">
        <span class="brand">{t('app.name')}</span>
        <LanguageSwitcher lang={lang} onChange={onLanguage} />
      </div>
      {user && (
        <nav aria-label={t('nav.label')}>
          <ul class="nav">
            {navigationFor(user.role).map((item) => (
              <li key={item.href}>
                <a
                  href={item.href}
                  aria-current={!item.isExternal && item.href === path ? 'page' : undefined}
                  onClick={item.isExternal ? undefined : onLinkClick}
                >
                  {t(item.label)}
                </a>
              </li>
            ))}
            <li>
              <button type="button" class="link-button" onClick={onLogout}>
                {t('nav.logout')}
              </button>
            </li>
          </ul>
        </nav>
      )}
    </header>
  );
}
