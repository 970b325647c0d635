/**
 * The meetings of this cycle saved on the phone, newest first, each with its outbox state:
 * waiting (saved here, not sent yet), sending, synced (the server has it), or needs attention
 * with the server's reason in the user's language and the member it concerns. "Send now"
 * sends what waits (it also happens by itself when the connection returns).
 */
import { t, type MessageKey } from '../i18n/i18n.ts';
import type { OutboxItem, OutboxState } from '../offline/outbox-state.ts';
import { outboxProblemText } from '../offline/problem-wording.ts';
import { formatDate, formatDateTime } from './freshness.tsx';
import type { SavingsMeetingInput } from './savings-api.ts';

const STATE_KEYS: Record<OutboxState, MessageKey> = {
  waiting: 'savings.state.waiting', sending: 'savings.state.sending', synced: 'savings.state.synced', needs_attention: 'savings.state.needs_attention',
};

/** The member a refused transaction belongs to (`transactions.N` → the Nth line's person). */
function memberOf(item: OutboxItem, names: ReadonlyMap<string, string>): string | undefined {
  const path = item.problem?.details?.[0]?.path ?? '';
  const index = /^transactions\.(\d+)/.exec(path)?.[1];
  const body = item.body as SavingsMeetingInput;
  const personId = index === undefined ? undefined : body.transactions[Number(index)]?.person_id;
  return personId ? names.get(personId) : undefined;
}

interface Props {
  items: readonly OutboxItem[];
  names: ReadonlyMap<string, string>;
  isSyncing: boolean;
  onSendNow: () => void;
}

export function SavedMeetings({ items, names, isSyncing, onSendNow }: Props) {
  if (items.length === 0) return null;
  const hasWaiting = items.some((i) => i.state === 'waiting');
  return (
    <section class="card savings-saved" data-testid="saved-meetings">
      <h2>{t('savings.saved')}</h2>
      <ul class="list">
        {[...items].reverse().map((item) => {
          const body = item.body as SavingsMeetingInput;
          const who = memberOf(item, names);
          return (
            <li class="item" key={item.id} data-testid="outbox-item" data-state={item.state}>
              <strong>{t('savings.savedMeeting', { date: formatDate(body.held_on), count: body.transactions.length })}</strong>
              <span class={`savings-state savings-state-${item.state}`}>{t(STATE_KEYS[item.state])}</span>
              {item.state === 'synced' && item.synced_at && <span class="muted">{t('savings.syncedOn', { when: formatDateTime(item.synced_at) })}</span>}
              {item.state === 'needs_attention' && item.problem && (
                <p class="field-error" data-testid="outbox-problem">
                  {who ? `${who}: ` : ''}
                  {outboxProblemText(item.problem)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {hasWaiting && (
        <button type="button" class="secondary" disabled={isSyncing} onClick={onSendNow}>
          {isSyncing ? t('savings.sending') : t('savings.sendNow')}
        </button>
      )}
    </section>
  );
}
