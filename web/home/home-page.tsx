/**
 * Home after login: greets the person by name, says which role she has and offers the same
 * destinations as the menu as large buttons, which are easier to hit on a small phone.
 */
import type { SessionUser } from '../api/types.ts';
import { navigationFor } from '../app/navigation.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { roleLabel } from '../ui/labels.ts';

export function HomePage({ user }: { user: SessionUser }) {
  const destinations = navigationFor(user.role).filter((item) => item.href !== '/');
  return (
    <section class="card">
      <h1>{t('home.greeting', { name: user.display_name })}</h1>
      <p>{t('home.role', { role: roleLabel(user.role) })}</p>
      <h2>{t('home.whereTo')}</h2>
      <ul class="tiles">
        {destinations.map((item) => (
          <li key={item.href}>
            <a class="tile" href={item.href} onClick={item.isExternal ? undefined : onLinkClick}>
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
