/**
 * Links from a person's page to her records kept by other modules: her trainings and
 * certificates, and — only for health workers and the woman herself — her mercury results.
 * Links only, so the registry chunk stays small: the screens load their own chunks when opened,
 * and the server checks every read again (a mercury read is audited there, not here).
 */
import type { SessionUser } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { can } from './access.ts';

/** The signed-in user; a member's account carries the id of her own record. */
type LinkUser = SessionUser & { person_id?: string | null };

/** Where her mercury results open for this user, or null when she may not see them. */
export function mercuryHref(user: LinkUser, personId: string): string | null {
  if (can(user.role, 'seeMercuryResults')) return `/mercury/people/${personId}`;
  if (user.role === 'member' && user.person_id === personId) return '/mercury';
  return null;
}

export function PersonLinks({ user, personId }: { user: LinkUser; personId: string }) {
  const mercury = mercuryHref(user, personId);
  const trainings = can(user.role, 'seeTrainings') ? `/trainings/people/${personId}` : null;
  if (!mercury && !trainings) return null;
  return (
    <ul class="person-links" data-testid="person-links">
      {trainings && <li><a href={trainings} onClick={onLinkClick}>{t('person.trainingsLink')}</a></li>}
      {mercury && <li><a href={mercury} onClick={onLinkClick}>{t('person.mercuryLink')}</a></li>}
    </ul>
  );
}
