/**
 * Users admin (admin role only): the list of accounts with their role and state, a button to
 * disable an account, and the form to add one. Display names are rendered as text, never HTML.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SessionUser, User } from '../api/types.ts';
import { api } from '../app/api.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary, Notice } from '../ui/form.tsx';
import { roleLabel } from '../ui/labels.ts';
import { UserForm } from './user-form.tsx';

interface RowProps {
  user: User;
  isMe: boolean;
  onDisable: (user: User) => void;
}

function UserRow({ user, isMe, onDisable }: RowProps) {
  const isDisabled = user.disabled_at !== null;
  return (
    <li class={isDisabled ? 'item is-disabled' : 'item'}>
      <strong>
        {user.display_name} {isMe && t('users.you')}
      </strong>
      <span>
        {user.username} · {roleLabel(user.role)}
      </span>
      <span class="muted">{isDisabled ? t('users.disabled') : t('users.active')}</span>
      {!isDisabled && !isMe && (
        <button type="button" class="secondary" onClick={() => onDisable(user)}>
          {t('users.disable')}
        </button>
      )}
    </li>
  );
}

export function UsersPage({ me }: { me: SessionUser }) {
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = () => api.listUsers().then(setUsers, setError);
  useEffect(() => void load(), []);

  const disable = async (user: User) => {
    if (!confirm(t('users.disableConfirm', { name: user.display_name }))) return;
    setError(null);
    try {
      await api.disableUser(user.id);
      setNotice(t('users.disabledDone', { name: user.display_name }));
      await load();
    } catch (err) {
      setError(err);
    }
  };

  const created = (user: User) => {
    setNotice(t('users.added', { name: user.display_name }));
    void load();
  };

  return (
    <section class="card">
      <h1>{t('users.title')}</h1>
      <Notice text={notice} />
      <ErrorSummary error={error} />
      <h2>{t('users.listTitle')}</h2>
      {users === null && !error && <p class="loading">{t('app.loading')}</p>}
      {users?.length === 0 && <p>{t('users.none')}</p>}
      {users && users.length > 0 && (
        <ul class="list">
          {users.map((user) => (
            <UserRow key={user.id} user={user} isMe={user.id === me.id} onDisable={disable} />
          ))}
        </ul>
      )}
      <UserForm onCreated={created} />
    </section>
  );
}
