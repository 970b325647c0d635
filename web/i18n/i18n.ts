/**
 * Translation lookup and the chosen language.
 * Spanish is the default and the fallback for any key a catalog lacks. The choice is remembered in
 * localStorage and mirrored on `<html lang>` so screen readers pronounce the page correctly.
 * The module keeps the current language in one variable; the app root re-renders on a change.
 */
import { messages as es, type MessageKey } from './es.ts';
import type { Catalog, CatalogPart } from './catalog.ts';
import { catalog as qu } from './qu.ts';
import { catalog as ay } from './ay.ts';
import { catalog as en } from './en.ts';

export type { MessageKey };
export type Lang = 'es' | 'qu' | 'ay' | 'en';

/**
 * Languages in menu order. Each name is its autonym, written the same in every catalog so that a
 * speaker can find her language whatever the screen currently shows; that is why they are not keys.
 */
export const LANGUAGES: readonly { code: Lang; autonym: string }[] = [
  { code: 'es', autonym: 'Español' },
  { code: 'qu', autonym: 'Runasimi' },
  { code: 'ay', autonym: 'Aymar aru' },
  { code: 'en', autonym: 'English' },
];

export const DEFAULT_LANG: Lang = 'es';
export const STORAGE_KEY = 'pallay.lang';

/** Catalogs other than Spanish, for lookup and for the catalog test. */
export const CATALOGS: Record<Exclude<Lang, 'es'>, Catalog> = { qu, ay, en };

export type Params = Record<string, string | number>;

/** Spanish texts: the shell's, plus those of every catalog part added so far. */
const spanish: Partial<Record<MessageKey, string>> = { ...es };

/** Adds a lazily loaded module's texts; its chunk calls this before it renders anything. */
export function addCatalogPart<K extends MessageKey>(part: CatalogPart<K>): void {
  Object.assign(spanish, part.es);
  Object.assign(CATALOGS.en.messages, part.en);
}

/**
 * Looks `key` up in `lang`, falling back to Spanish, and fills `{name}` placeholders. A key of
 * a part not loaded yet shows as the key itself, never as an error.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = (lang === 'es' ? undefined : CATALOGS[lang].messages[key]) ?? spanish[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isLang(value: unknown): value is Lang {
  return LANGUAGES.some((l) => l.code === value);
}

/** Where the language is remembered and shown; injected so tests can run without a browser. */
export interface LangEnv {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  root: { lang: string } | null;
}

function browserEnv(): LangEnv {
  const hasDom = typeof document !== 'undefined';
  let storage: LangEnv['storage'] = null;
  try {
    storage = typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    storage = null; // Some browsers throw when storage is disabled; then we just do not remember.
  }
  return { storage, root: hasDom ? document.documentElement : null };
}

let current: Lang = DEFAULT_LANG;

/** The language remembered in storage, or Spanish. */
export function readStoredLanguage(env: LangEnv = browserEnv()): Lang {
  try {
    const stored = env.storage?.getItem(STORAGE_KEY);
    return isLang(stored) ? stored : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

/** Makes `lang` current, remembers it and sets `<html lang>`. */
export function setLanguage(lang: Lang, env: LangEnv = browserEnv()): void {
  current = lang;
  if (env.root) env.root.lang = lang;
  try {
    env.storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage full or blocked: the choice lasts for this visit only.
  }
}

export function getLanguage(): Lang {
  return current;
}

/** Translates in the current language. Call it with a literal key so the catalog test can find it. */
export function t(key: MessageKey, params?: Params): string {
  return translate(current, key, params);
}
