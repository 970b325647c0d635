/**
 * "Mis datos" (`/my-data`): a member downloads the copy of everything Pallay keeps about her
 * (ARCO access, her own right: no written request needed), and reads how to ask for a
 * correction, a cancellation or an objection, which staff carry out. Her account carries the id
 * of her own record; the server refuses any other id.
 */
import type { SessionUser } from '../api/types.ts';
import { t } from '../i18n/i18n.ts';
import { CopyLinks } from './copy-links.tsx';
import './setup.ts';

/** A member's session user carries her own record's id (web/registry/person-links.tsx does the same). */
type MemberUser = SessionUser & { person_id?: string | null };

export function MyDataPage({ user }: { user: MemberUser }) {
  return (
    <section class="card" data-testid="my-data">
      <h1>{t('arco.mine.title')}</h1>
      {user.person_id ? (
        <>
          <p>{t('arco.mine.intro')}</p>
          <CopyLinks personId={user.person_id} labels={{ json: t('arco.mine.json'), pdf: t('arco.mine.pdf') }} testId="my-data-links" />
        </>
      ) : <p class="alert">{t('arco.mine.noRecord')}</p>}
      <ul>
        <li>{t('arco.mine.rectify')}</li>
        <li>{t('arco.mine.cancel')}</li>
        <li>{t('arco.mine.oppose')}</li>
      </ul>
    </section>
  );
}
