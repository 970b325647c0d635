/**
 * Moving inside the discreet help pages and leaving them. Every move within help replaces the
 * current history entry, so help pages never stack in the back-button history: there is at most
 * one, and the quick exit replaces that one with a neutral page (`location.replace`), so
 * "Back" afterwards never shows help. Escape works as a quick exit too.
 */
import { navigate } from '../app/router.ts';

export const HELP_ROOT = '/ayuda';
export const HELP_PAGES = ['violencia', 'derechos', 'denuncia', 'servicios'] as const;
export type HelpPage = (typeof HELP_PAGES)[number];

/** A neutral page that looks like an everyday search: the weather. */
export const NEUTRAL_URL = 'https://www.google.com/search?q=clima';

export const isHelpPath = (path: string): boolean => path === HELP_ROOT || path.startsWith(`${HELP_ROOT}/`);

/** The help page a path names, or null for the help home (an unknown sub-path is the home too). */
export function helpPageOf(path: string): HelpPage | null {
  const name = path.slice(HELP_ROOT.length + 1);
  return (HELP_PAGES as readonly string[]).includes(name) ? (name as HelpPage) : null;
}

/** Opens another help page in place of this one: never a new history entry. */
export function goWithinHelp(page: HelpPage | null): void {
  navigate(page ? `${HELP_ROOT}/${page}` : HELP_ROOT, { replace: true });
}

/** Blanks the page at once, then replaces this history entry with the neutral page. */
export function quickExit(win: Window = window): void {
  win.document.title = '';
  win.document.body.replaceChildren();
  win.location.replace(NEUTRAL_URL);
}

/** Escape anywhere on a help page leaves it; returns the listener's remover. */
export function exitOnEscape(win: Window = window): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') quickExit(win);
  };
  win.addEventListener('keydown', onKey);
  return () => win.removeEventListener('keydown', onKey);
}
