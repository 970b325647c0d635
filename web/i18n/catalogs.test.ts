/**
 * Guards the translation catalogs: Spanish is the source of truth, English is complete, Quechua
 * and Aymara may be partial but every tentative text is listed for review, fallback to Spanish
 * works, and every `t('key')` in the app's code names a Spanish key. The report of untranslated
 * and needs-review keys is printed on each run so reviewers can find the work left.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messages as esRegistry } from './es-registry.ts';
import { messages as esCore, type MessageKey } from './es.ts';
import {
  CATALOGS, DEFAULT_LANG, LANGUAGES, STORAGE_KEY, addCatalogPart, readStoredLanguage, setLanguage, translate,
  type LangEnv,
} from './i18n.ts';
import type { CatalogPart } from './catalog.ts';
import { registryPart } from './registry-part.ts';
import { productionPart } from './production-part.ts';
import { messages as esProduction } from './es-production.ts';
import { pricesPart } from './prices-part.ts';
import { messages as esPrices } from './es-prices.ts';
import { statementsPart } from './statements-part.ts';
import { messages as esStatements } from './es-statements.ts';
import { dashboardPart } from './dashboard-part.ts';
import { messages as esDashboard } from './es-dashboard.ts';
import { plansPart } from './plans-part.ts';
import { messages as esPlans } from './es-plans.ts';
import { trainingsPart } from './trainings-part.ts';
import { messages as esTrainings } from './es-trainings.ts';
import { savingsPart } from './savings-part.ts';
import { messages as esSavings } from './es-savings.ts';
import { protectionPart } from './protection-part.ts';
import { messages as esProtection } from './es-protection.ts';
import { helpPart } from './help-part.ts';
import { messages as esHelp } from './es-help.ts';
import { referralsPart } from './referrals-part.ts';
import { messages as esReferrals } from './es-referrals.ts';
import { servicesPart } from './services-part.ts';
import { messages as esServices } from './es-services.ts';
import { fieldPart } from './field-part.ts';
import { messages as esField } from './es-field.ts';
import { devicePart } from './device-part.ts';
import { messages as esDevice } from './es-device.ts';
import { conflictPart } from './conflict-part.ts';
import { messages as esConflict } from './es-conflict.ts';
import { arcoPart } from './arco-part.ts';
import { messages as esArco } from './es-arco.ts';

/** Catalog parts with the folder whose code alone may use their keys (it loads the part). */
const PARTS: { part: CatalogPart<MessageKey>; folder: string }[] = [
  { part: registryPart as CatalogPart<MessageKey>, folder: 'registry' },
  { part: productionPart as CatalogPart<MessageKey>, folder: 'production' },
  { part: pricesPart as CatalogPart<MessageKey>, folder: 'production' },
  { part: statementsPart as CatalogPart<MessageKey>, folder: 'production' },
  { part: dashboardPart as CatalogPart<MessageKey>, folder: 'dashboard' },
  { part: plansPart as CatalogPart<MessageKey>, folder: 'plans' },
  { part: trainingsPart as CatalogPart<MessageKey>, folder: 'trainings' },
  { part: savingsPart as CatalogPart<MessageKey>, folder: 'savings' },
  { part: protectionPart as CatalogPart<MessageKey>, folder: 'protection' },
  { part: helpPart as CatalogPart<MessageKey>, folder: 'help' },
  { part: referralsPart as CatalogPart<MessageKey>, folder: 'referrals' },
  { part: servicesPart as CatalogPart<MessageKey>, folder: 'services' },
  { part: fieldPart as CatalogPart<MessageKey>, folder: 'offline' },
  { part: devicePart as CatalogPart<MessageKey>, folder: 'offline' },
  { part: conflictPart as CatalogPart<MessageKey>, folder: 'offline' },
  { part: arcoPart as CatalogPart<MessageKey>, folder: 'arco' },
];
for (const { part } of PARTS) addCatalogPart(part);

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const es: Record<MessageKey, string> = { ...esCore, ...esRegistry, ...esProduction, ...esPrices, ...esStatements, ...esDashboard, ...esPlans, ...esTrainings, ...esSavings, ...esProtection, ...esHelp, ...esServices, ...esReferrals, ...esField, ...esDevice, ...esConflict, ...esArco };
const spanishKeys = Object.keys(es) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'public' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('translation catalogs', () => {
  it.each(Object.entries(CATALOGS))('%s uses only keys that exist in Spanish', (_lang, catalog) => {
    const unknown = [...Object.keys(catalog.messages), ...catalog.needsReview].filter((k) => !(k in es));
    expect(unknown).toEqual([]);
  });

  it('English translates every Spanish key', () => {
    const missing = spanishKeys.filter((k) => !CATALOGS.en.messages[k]?.trim());
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(CATALOGS))('%s keeps the placeholders of the Spanish text', (_lang, catalog) => {
    for (const [key, text] of Object.entries(catalog.messages)) {
      expect(placeholders(text), key).toEqual(placeholders(es[key as MessageKey]));
    }
  });

  it.each(['qu', 'ay'] as const)('%s lists for review only texts it actually has', (lang) => {
    const { messages, needsReview } = CATALOGS[lang];
    expect(needsReview.filter((k) => messages[k] === undefined)).toEqual([]);
    expect(new Set(needsReview).size).toBe(needsReview.length);
  });

  it.each(['qu', 'ay'] as const)('%s: report untranslated and needs-review keys', (lang) => {
    const { messages, needsReview } = CATALOGS[lang];
    const untranslated = spanishKeys.filter((k) => messages[k] === undefined);
    console.info(
      `[i18n ${lang}] ${spanishKeys.length - untranslated.length}/${spanishKeys.length} translated; ` +
        `needs review (${needsReview.length}): ${needsReview.join(', ') || '-'}; ` +
        `untranslated, shown in Spanish (${untranslated.length}): ${untranslated.join(', ')}`,
    );
    expect(untranslated.length + Object.keys(messages).length).toBe(spanishKeys.length);
  });

  it('falls back to Spanish for a key a catalog lacks', () => {
    const missingInQu = spanishKeys.find((k) => CATALOGS.qu.messages[k] === undefined);
    expect(missingInQu).toBeDefined();
    if (!missingInQu) return;
    expect(translate('qu', missingInQu)).toBe(es[missingInQu]);
    expect(translate('qu', 'home.greeting', { name: 'Rosa' })).toBe('Allinllachu, Rosa');
    expect(translate('es', 'home.greeting', { name: 'Rosa' })).toBe('Hola, Rosa');
  });

  it("every t('key') in the app's code is a Spanish key", () => {
    const used = new Map<string, string>();
    for (const file of sourceFiles(webDir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)) {
        used.set(match[1] ?? '', path.relative(webDir, file));
      }
    }
    expect(used.size).toBeGreaterThan(20);
    const unknown = [...used].filter(([key]) => !(key in es)).map(([key, file]) => `${file}: ${key}`);
    expect(unknown).toEqual([]);
  });

  it('every Spanish key is used somewhere in the code', () => {
    const code = sourceFiles(webDir)
      .filter((file) => !/i18n\/(es|en|qu|ay)(-\w+)?\.ts$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(spanishKeys.filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });

  it('uses the keys of a lazily loaded part only in the code that loads it', () => {
    const misplaced = PARTS.flatMap(({ part, folder }) =>
      sourceFiles(webDir)
        .filter((file) => !file.startsWith(path.join(webDir, folder) + path.sep) && !/i18n\/[\w-]+\.ts$/.test(file))
        .flatMap((file) => {
          const code = readFileSync(file, 'utf8');
          return Object.keys(part.es).filter((key) => code.includes(`'${key}'`)).map((key) => `${path.relative(webDir, file)}: ${key}`);
        }),
    );
    expect(misplaced).toEqual([]);
  });
});

describe('chosen language', () => {
  function fakeEnv(stored: string | null = null) {
    const store = new Map<string, string>(stored === null ? [] : [[STORAGE_KEY, stored]]);
    const env: LangEnv = {
      storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
      root: { lang: 'es' },
    };
    return { env, store };
  }

  it('sets <html lang> and remembers each language', () => {
    for (const { code } of LANGUAGES) {
      const { env, store } = fakeEnv();
      setLanguage(code, env);
      expect(env.root?.lang).toBe(code);
      expect(store.get(STORAGE_KEY)).toBe(code);
      expect(readStoredLanguage(env)).toBe(code);
    }
    setLanguage(DEFAULT_LANG, fakeEnv().env);
  });

  it('starts in Spanish when nothing or something unknown is stored', () => {
    expect(readStoredLanguage(fakeEnv().env)).toBe('es');
    expect(readStoredLanguage(fakeEnv('fr').env)).toBe('es');
    expect(readStoredLanguage({ storage: null, root: null })).toBe('es');
  });
});
