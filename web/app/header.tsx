/**
 * The top of every screen: the name, the language menu and, once logged in, the role-aware
 * menu and the logout button. The menu comes from navigation.ts so it matches the route guard,
 * and marks the current page's item, or its section's item on a page below it.
 */
import type { SessionUser } from '../api/types.ts';
import { LanguageSwitcher } from '../i18n/language-switcher.tsx';
import { t, type Lang } from '../i18n/i18n.ts';
import { navigationFor, sectionOf, type NavItem } from './navigation.ts';
import { onLinkClick } from './router.ts';

interface Props {
  lang: Lang;
  onLanguage: (lang: Lang) => void;
  path: string;
  user: SessionUser | null;
  onLogout?: () => void;
  /** Locks this user's data on the phone and ends her session, for another user to sign in. */
  onChangeUser?: () => void;
}

/**
 * `page` on the item of the page shown, `true` on the item of its section when a page below it
 * is shown (`/people/123` marks "Personas"), nothing otherwise.
 */
function currentOf(item: NavItem, path: string, section: NavItem | undefined): 'page' | 'true' | undefined {
  if (item.isExternal) return undefined;
  if (item.href === path) return 'page';
  return item === section ? 'true' : undefined;
}

export function Header({ lang, onLanguage, path, user, onLogout, onChangeUser }: Props) {
  const section = sectionOf(path);
  return (
    <header class="top">
      <a class="skip" href="#main">
        {t('app.skipToContent')}
      </a>
      <div class="top-bar">
        <span class="brand">{t('app.name')}</span>
        <a class="help-link" href="/ayuda" onClick={onLinkClick}>
          {t('nav.help')}
        </a>
        <LanguageSwitcher lang={lang} onChange={onLanguage} />
      </div>
      {user && (
        <nav aria-label={t('nav.label')}>
          <ul class="nav">
            {navigationFor(user.role).map((item) => (
              <li key={item.href}>
                <a
                  href={item.href}
                  aria-current={currentOf(item, path, section)}
                  onClick={item.isExternal ? undefined : onLinkClick}
                >
                  {t(item.label)}
                </a>
              </li>
            ))}
            <li>
              <button type="button" class="link-button" onClick={onChangeUser}>
                {t('nav.changeUser')}
              </button>
            </li>
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
