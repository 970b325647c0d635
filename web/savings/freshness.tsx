/** A line saying whether the screen shows the server's data now or the copy kept on the phone, and from when. */
import { t } from '../i18n/i18n.ts';
import type { Loaded } from '../offline/working-set.ts';

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `2026-03-08` → `08/03/2026`, as dates are written in Peru. */
export const formatDate = (iso: string) => iso.split('-').reverse().join('/');

export function Freshness({ loaded }: { loaded: Loaded<unknown> }) {
  const when = formatDateTime(loaded.synced_at);
  return (
    <p class={loaded.isFromCache ? 'savings-offline' : 'muted'} role="status" data-testid="freshness">
      {loaded.isFromCache ? t('savings.fromCache', { when }) : t('savings.syncedAt', { when })}
    </p>
  );
}
