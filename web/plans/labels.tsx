/** Words for the plan's levels, statuses and node kinds, from the plans catalog part. */
import { t } from '../i18n/i18n.ts';

export const LEVELS = ['national', 'regional', 'local'] as const;
export const STATUSES = ['not_started', 'in_progress', 'done', 'blocked'] as const;

export function levelText(level: string): string {
  if (level === 'national') return t('plans.level.national');
  if (level === 'regional') return t('plans.level.regional');
  return t('plans.level.local');
}

export function statusText(status: string): string {
  if (status === 'in_progress') return t('plans.status.in_progress');
  if (status === 'done') return t('plans.status.done');
  if (status === 'blocked') return t('plans.status.blocked');
  return t('plans.status.not_started');
}

export function kindText(kind: string): string {
  if (kind === 'objective') return t('plans.kind.objective');
  if (kind === 'result') return t('plans.kind.result');
  return t('plans.kind.action');
}

/** A status badge: colour and a word (never colour alone). */
export function StatusBadge({ status }: { status: string }) {
  return <span class={`status status-${status}`}>{statusText(status)}</span>;
}
