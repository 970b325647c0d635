/**
 * The outbox items of one savings cycle on this phone, kept up to date as they are queued,
 * sent or refused, and a way to send now. Also tells the screen when the server has taken a
 * meeting after its copy of the cycle was loaded, so the screen can load fresh balances.
 */
import { useEffect, useState } from 'preact/hooks';
import { listOutbox, onOutboxChange } from '../offline/outbox.ts';
import type { OutboxItem } from '../offline/outbox-state.ts';
import { syncOutbox } from '../offline/sync.ts';
import { MEETING_KIND, type SavingsMeetingInput } from './savings-api.ts';

export function useCycleOutbox(owner: string, cycleId: string) {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [isSyncing, setIsSyncing] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    const refresh = () =>
      void listOutbox(owner, MEETING_KIND).then(
        (all) => isCurrent && setItems(all.filter((i) => (i.body as SavingsMeetingInput).cycle_id === cycleId)),
        () => undefined,
      );
    refresh();
    const stop = onOutboxChange(refresh);
    return () => {
      isCurrent = false;
      stop();
    };
  }, [owner, cycleId]);
  const sendNow = () => {
    setIsSyncing(true);
    void syncOutbox().finally(() => setIsSyncing(false));
  };
  return { items, isSyncing, sendNow };
}

/** Meetings the server may not have in a report loaded at `loadedAt`: not sent yet, or synced since. */
export function pendingMeetings(items: readonly OutboxItem[], loadedAt: string): SavingsMeetingInput[] {
  return items
    .filter((i) => i.state === 'waiting' || i.state === 'sending' || (i.state === 'synced' && (i.synced_at ?? '') > loadedAt))
    .map((i) => i.body as SavingsMeetingInput);
}
