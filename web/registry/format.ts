/**
 * Small formatting rules the registry screens share: a person's full name, dates as people in
 * Peru write them (day/month/year), today's date for date inputs, the women's share sentence,
 * and a one-shot notice carried from a form to the page it opens next.
 */
import type { GenderShare, PersonSummary } from '../api/types.ts';
import { t } from '../i18n/i18n.ts';

export function fullName(p: Pick<PersonSummary, 'given_names' | 'paternal_surname' | 'maternal_surname'>): string {
  return [p.given_names, p.paternal_surname, p.maternal_surname].filter(Boolean).join(' ');
}

/** `2026-03-01` → `01/03/2026`; anything else is shown as is. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** Today in the device's own time zone, as a date input wants it (YYYY-MM-DD). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "1 de 2 mujeres (50 %)", or a sentence saying there is nobody to count. */
export function shareText(women: number, total: number): string {
  if (total === 0) return t('org.shareEmpty');
  return t('org.share', { women, total, percent: Math.round((women / total) * 100) });
}

export function boardShare(share: GenderShare): string {
  return t('org.board', { share: shareText(share.board_women, share.board_total) });
}

export function assemblyShare(share: GenderShare): string {
  return t('org.assembly', { share: shareText(share.assembly_women, share.assembly_total) });
}

let flash: string | null = null;

/** Leaves `text` for the next page to show once ("Registrada", "Cambios guardados"). */
export function setFlash(text: string): void {
  flash = text;
}

export function takeFlash(): string | null {
  const text = flash;
  flash = null;
  return text;
}
