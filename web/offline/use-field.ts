/**
 * The live state the field screens show: the signed-in user's outbox items (updated as they
 * are queued, sent or refused), whether the phone is online, and the working set's summary
 * with a way to download it again. Also the two formats the /sync page needs.
 */
import { useEffect, useState } from 'preact/hooks';
import { fieldSetSummary, type FieldSetSummary } from './field-working-set.ts';
import { onFieldSetRefreshed, refreshFieldSetNow } from './field-session.ts';
import { listOutbox, onOutboxChange } from './outbox.ts';
import type { OutboxItem } from './outbox-state.ts';

export function useOutbox(owner: string): OutboxItem[] {
  const [items, setItems] = useState<OutboxItem[]>([]);
  useEffect(() => {
    let isCurrent = true;
    const refresh = () => void listOutbox(owner).then((all) => isCurrent && setItems(all), () => undefined);
    refresh();
    const stop = onOutboxChange(refresh);
    return () => {
      isCurrent = false;
      stop();
    };
  }, [owner]);
  return items;
}


export interface FieldSummaryState {
  summary: FieldSetSummary | null;
  isRefreshing: boolean;
  hasFailed: boolean;
  refresh: () => void;
}

export function useFieldSummary(owner: string): FieldSummaryState {
  const [summary, setSummary] = useState<FieldSetSummary | null>(null);
  const [isRefreshing, setIsRefreshing] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  useEffect(() => {
    let isCurrent = true;
    void fieldSetSummary(owner).then((s) => isCurrent && s && setSummary(s));
    const stop = onFieldSetRefreshed((s) => isCurrent && setSummary(s));
    return () => {
      isCurrent = false;
      stop();
    };
  }, [owner]);
  const refresh = () => {
    setIsRefreshing(true);
    setHasFailed(false);
    refreshFieldSetNow(owner).then(setSummary, () => setHasFailed(true)).finally(() => setIsRefreshing(false));
  };
  return { summary, isRefreshing, hasFailed, refresh };
}

/** `08/03/2026 14:05`, as Peru writes dates, in the phone's time. */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `812 B`, `14.2 KB`, `1.3 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
