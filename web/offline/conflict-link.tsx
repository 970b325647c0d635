/**
 * The "resolve the conflict" link an outbox list shows beside an item the server refused as
 * based on a stale version (409 VERSION_CONFLICT on a person's correction). Small and free of
 * the registry chunk, so the /sync page can show it; the link opens the conflict screen in the
 * registry (`/people/:id/conflict/:itemId`). Renders nothing for any other item.
 */
import type { OutboxItem } from './outbox-state.ts';
import { onLinkClick } from '../app/router.ts';
import { conflictPart } from '../i18n/conflict-part.ts';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { personConflictOf } from './conflict-merge.ts';

addCatalogPart(conflictPart);

export const conflictHref = (personId: string, itemId: string) => `/people/${personId}/conflict/${itemId}`;

export function ConflictLink({ item }: { item: Pick<OutboxItem, 'id' | 'method' | 'url' | 'state' | 'problem'> }) {
  const conflict = personConflictOf(item);
  if (!conflict) return null;
  return <a class="button" href={conflictHref(conflict.personId, item.id)} onClick={onLinkClick}>{t('conflict.resolve')}</a>;
}
