/**
 * `/savings`: the savings groups the user can see (her organisation's subtree), each with its
 * number of members and, when a cycle is open, the way to record today's meeting. Kept on the
 * phone, so the list opens with no network too.
 */
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { Freshness } from './freshness.tsx';
import { loadGroups } from './savings-api.ts';
import { useLoaded } from './use-loaded.ts';

export function GroupsPage({ owner }: { owner: string }) {
  const { loaded, error } = useLoaded(() => loadGroups(owner), [owner]);
  return (
    <section>
      <h1>{t('savings.title')}</h1>
      <p class="hint">{t('savings.intro')}</p>
      <ErrorSummary error={error} />
      {!loaded && !error && <p class="loading">{t('app.loading')}</p>}
      {loaded && <Freshness loaded={loaded} />}
      {loaded && loaded.value.groups.length === 0 && <p>{t('savings.noGroups')}</p>}
      {loaded && (
        <ul class="list">
          {loaded.value.groups.map((g) => (
            <li class="item" key={g.id}>
              <a href={`/savings/groups/${g.id}`} onClick={onLinkClick}>
                {g.name}
              </a>
              <span class="muted">{t('savings.membersCount', { count: g.members })}</span>
              {g.open_cycle_id && (
                <a class="savings-action" href={`/savings/cycles/${g.open_cycle_id}/meeting`} onClick={onLinkClick}>
                  {t('savings.recordMeeting')}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
