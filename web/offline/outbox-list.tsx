/**
 * Every outbox item of the signed-in user on this phone, newest first, each with what it
 * records (the woman registered, a lot and its kilograms, a sale and what was paid, a savings
 * meeting, a training's attendance) and its state: waiting, sending, sent, or needs attention with the server's reason
 * worded in the user's language (problem-wording.ts). "Send now" sends what waits (it also
 * happens by itself when the connection returns); an item that needs attention can be sent again,
 * and a correction refused as stale opens the conflict screen (conflict-link.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n/i18n.ts';
import type { PersonInput } from '../api/types.ts';
import { ConflictLink } from './conflict-link.tsx';
import { PERSON_UPDATE_KIND } from './conflict-outbox.ts';
import { lotOfBody, LOT_KIND, PERSON_KIND, SALE_KIND } from './field-records.ts';
import type { OutboxItem, OutboxState } from './outbox-state.ts';
import { outboxProblemText } from './problem-wording.ts';
import { loadRefusalWordings } from './refusal-wordings.ts';
import { formatWhen } from './use-field.ts';

export const STATE_KEYS: Record<OutboxState, MessageKey> = {
  waiting: 'field.state.waiting', sending: 'field.state.sending', synced: 'field.state.synced', needs_attention: 'field.state.needs_attention',
};

/** Who a lot or a sale belongs to: names by person id, owners by lot id. */
export interface Owners {
  names: ReadonlyMap<string, string>;
  lotOwners: ReadonlyMap<string, string>;
}

const number = (n: number) => n.toLocaleString('es-PE', { maximumFractionDigits: 2 });

export function describeItem(item: OutboxItem, owners: Owners): string {
  const nameOf = (personId: string | null | undefined) => (personId && owners.names.get(personId)) || t('field.someone');
  if (item.kind === PERSON_KIND) {
    const p = item.body as PersonInput;
    return t('field.kind.person', { name: [p.given_names, p.paternal_surname, p.maternal_surname].filter(Boolean).join(' ') });
  }
  if (item.kind === LOT_KIND) {
    const lot = lotOfBody(item.body as Parameters<typeof lotOfBody>[0], item.created_at);
    return t('field.kind.lot', { name: nameOf(lot.owner_person_id), kg: number(lot.weight_kg) });
  }
  if (item.kind === SALE_KIND) {
    const sale = item.body as { lots: { lot_id: string }[]; paid_pen?: number };
    return t('field.kind.sale', { name: nameOf(owners.lotOwners.get(sale.lots[0]?.lot_id ?? '')), paid: (sale.paid_pen ?? 0).toFixed(2) });
  }
  if (item.kind === PERSON_UPDATE_KIND) return t('field.kind.personUpdate', { name: nameOf(/\/api\/people\/([^/]+)$/.exec(item.url)?.[1]) });
  if (item.kind === 'savings.meeting') return t('field.kind.meeting', { date: String((item.body as { held_on?: string }).held_on ?? '').split('-').reverse().join('/') });
  if (item.kind === 'attendance.take') {
    const marks = (item.body as { marks?: { present: boolean }[] }).marks ?? [];
    return t('field.kind.attendance', { present: marks.filter((m) => m.present).length, total: marks.length });
  }
  return t('field.kind.other', { kind: item.kind });
}

interface Props {
  items: readonly OutboxItem[];
  owners: Owners;
  isSyncing: boolean;
  onSendNow: () => void;
  onSendAgain: (id: string) => void;
}

export function OutboxList({ items, owners, isSyncing, onSendNow, onSendAgain }: Props) {
  const hasWaiting = items.some((i) => i.state === 'waiting' || i.state === 'sending');
  // A refused item's reason is worded by its module: load those wordings, then show them.
  const [, setWordingsLoaded] = useState(0);
  const refusedKinds = [...new Set(items.filter((i) => i.state === 'needs_attention').map((i) => i.kind))].sort().join(' ');
  useEffect(() => {
    if (refusedKinds) void loadRefusalWordings(refusedKinds.split(' ')).then(() => setWordingsLoaded((n) => n + 1));
  }, [refusedKinds]);
  return (
    <section class="card" data-testid="outbox">
      <h2>{t('field.outbox')}</h2>
      {items.length === 0 && <p class="muted">{t('field.outboxEmpty')}</p>}
      <ul class="list">
        {[...items].reverse().map((item) => (
          <li class="item field-item" key={item.id} data-testid="outbox-item" data-kind={item.kind} data-state={item.state}>
            <strong>{describeItem(item, owners)}</strong>
            <span class={`field-state field-state-${item.state}`}>{t(STATE_KEYS[item.state])}</span>
            <span class="muted">
              {item.state === 'synced' && item.synced_at ? t('field.syncedOn', { when: formatWhen(item.synced_at) }) : t('field.savedOn', { when: formatWhen(item.created_at) })}
              {item.state === 'waiting' && item.attempts > 0 ? ` · ${t('field.attempts', { count: item.attempts })}` : ''}
            </span>
            {item.state === 'needs_attention' && item.problem && (
              <>
                <p class="field-error" data-testid="outbox-problem">{outboxProblemText(item.problem)}</p>
                <button type="button" class="secondary" onClick={() => onSendAgain(item.id)}>{t('field.sendAgain')}</button>
                <ConflictLink item={item} />
              </>
            )}
          </li>
        ))}
      </ul>
      {hasWaiting && (
        <button type="button" class="primary" disabled={isSyncing} onClick={onSendNow} data-testid="send-now">
          {isSyncing ? t('field.sending') : t('field.sendNow')}
        </button>
      )}
    </section>
  );
}
