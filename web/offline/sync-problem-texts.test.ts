/** Every rule the sync endpoint can refuse an item with is worded on the phone, in Spanish first. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages as es } from '../i18n/es-field.ts';
import { fieldPart } from '../i18n/field-part.ts';
import { addCatalogPart } from '../i18n/i18n.ts';
import { addProblemTexts, problemText } from '../ui/problem-text.ts';
import { SYNC_PROBLEM_TEXTS } from './sync-problem-texts.ts';

const SERVICE_DIR = path.resolve(import.meta.dirname, '../../src/services/sync');

function ruleCodesOfSyncService(): string[] {
  const codes = new Set<string>();
  for (const file of readdirSync(SERVICE_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    for (const m of readFileSync(path.join(SERVICE_DIR, file), 'utf8').matchAll(/\b(?:rule|code): '(sync\.[a-z_.]+)'/g)) codes.add(m[1]!);
  }
  return [...codes];
}

beforeAll(() => {
  addCatalogPart(fieldPart);
  addProblemTexts(SYNC_PROBLEM_TEXTS);
});

describe('sync refusals on the phone', () => {
  it('words every rule the sync endpoint sends', () => {
    const codes = ruleCodesOfSyncService();
    expect(codes).toContain('sync.route_not_allowed');
    for (const code of codes) expect(Object.keys(SYNC_PROBLEM_TEXTS)).toContain(code);
  });

  it('says the refusal in Spanish', () => {
    expect(problemText({ path: 'path', message: 'offline forms do not send this route', code: 'sync.route_not_allowed' })).toBe(es['field.check.routeNotAllowed']);
  });
});
