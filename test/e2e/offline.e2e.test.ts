/**
 * End-to-end test of field work with no signal, in Debian's Chromium on a 360-px phone against
 * the real server serving the production build (run `npm run build` first). A promoter signs
 * in online (her phone keeps the people, lots, sites, buyers, prices and districts of her
 * network, and the field screens' code), goes offline, registers a woman, records a lot and a
 * sale for her (the woman and the lot are usable at once, the fair value computed from the kept
 * price), reloads offline (all three still waiting), lives through a service-worker update with
 * the items still queued, then syncs: the server has the woman, the lot and the sale, once,
 * also after the same outbox is sent again three times; a lot the server refuses needs
 * attention, with its reason in Spanish.
 * The server here wraps the test app so the test can publish a new service worker and make the
 * server refuse writes for a while (503: items stay waiting).
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_WEB_DIR } from '../../src/context.ts';
import { fairValue } from '../../src/domain/production/fair-value.ts';
import { messages as field } from '../../web/i18n/es-field.ts';
import { messages as prod } from '../../web/i18n/es-production.ts';
import { messages as reg } from '../../web/i18n/es-registry.ts';
import { peruToday } from '../../web/production/format.ts';
import { createTestApp, PASSWORD, type TestApp } from '../support/app.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { setDevicePin, unlockDevice } from '../support/device-pin.ts';
import { outboxKindStates, requeueAll, waitUntilKeptOffline } from '../support/offline.ts';
import { GOLD_USD_PER_OZ, PEN_PER_USD, seedPrices } from '../support/production.ts';
import { personBody } from '../support/registry.ts';

const ADMIN = { username: 'red.admin', password: PASSWORD };
const PROMOTER = { username: 'promotora.ananea', password: PASSWORD };
const DNI = '47651234';
/** Her PIN on the phone: what it keeps for her is sealed with it (web/offline/lock-screen.tsx). */
const PIN = '715248';
const today = peruToday();

let app: TestApp;
let url = '';
let close: () => Promise<void>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Appended to sw.js when set: a new release of the service worker. */
let swRelease = '';
let isRefusingWrites = false;
/** Writes the phone sent (a batch to /api/sync, or one record's POST), refused or not. */
let writesSent = 0;

async function startServer(): Promise<void> {
  app = await createTestApp({ webDir: DEFAULT_WEB_DIR, realTime: true });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({
      port: 0, hostname: '127.0.0.1',
      fetch: async (req) => {
        const path = new URL(req.url).pathname;
        if (req.method === 'POST' && /^\/api\/(sync|people|lots|sales)$/.test(path)) writesSent += 1;
        if (isRefusingWrites && req.method === 'POST' && path.startsWith('/api/') && !path.startsWith('/api/auth')) return new Response(null, { status: 503 });
        if (path !== '/sw.js' || !swRelease) return app.app.fetch(req);
        const script = await readFile(join(DEFAULT_WEB_DIR, 'sw.js'), 'utf8');
        return new Response(`${script}\n${swRelease}\n`, { headers: { 'content-type': 'text/javascript', 'cache-control': 'no-cache' } });
      },
    }, () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
  };
}

const allIn = (state: string) => ['sale.create', 'lot.create', 'person.create'].map((kind) => `${kind}:${state}`);

async function getJson<T>(path: string): Promise<T> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(PROMOTER) });
  const res = await fetch(url + path, { headers: { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]! } });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

/** What the server holds for the woman registered offline: her records, lots and sales. */
async function onServer() {
  const people = await getJson<{ items: { id: string; id_number_last3: string | null }[] }>('/api/people?q=Justina%20Huanca');
  const lots = people.items[0] ? await getJson<{ items: { sold_kg: number; weight_kg: number }[] }>(`/api/lots?person_id=${people.items[0].id}`) : { items: [] };
  const sales = people.items[0] ? await getJson<{ items: unknown[] }>(`/api/sales?person_id=${people.items[0].id}`) : { items: [] };
  return { people: people.items, lots: lots.items, sales: sales.items };
}

describe('field work with no signal', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    await startServer();
    await seedPrices(app, today);
    await app.createUser(ADMIN.username, 'admin');
    const asAdmin = await apiAs(url, ADMIN);
    const association = (await asAdmin('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002' })).organisation!;
    await asAdmin('/api/organisations', { kind: 'processing_plant', name: 'Planta Santa Rosa', mercury_free: true, recpo_code: 'RECPO-0042' });
    await app.createUser(PROMOTER.username, 'promoter', { organisationId: association.id, displayName: 'Nélida Apaza' });
    await (await apiAs(url, PROMOTER))('/api/people', personBody({ given_names: 'Eulogia', paternal_surname: 'Condori', organisation_id: association.id }));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('keeps a woman, her lot and her sale made offline through a reload and a new service worker, and sends them', async () => {
    context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    page = await context.newPage();
    await logIn(page, url, PROMOTER);
    // The phone starts keeping her network's data at once, so it asks her to choose a PIN.
    await setDevicePin(page, PIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Envíos' }).click();
    // After login the phone keeps her network's data: when, and how big.
    await page.getByTestId('last-synced').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('kept-size').textContent()).toMatch(/^Tamaño: [\d.]+ (B|KB)$/);
    expect(await page.evaluate(() => localStorage.getItem('pallay.storage.persist'))).toMatch(/granted|refused/);
    await waitUntilKeptOffline(page, { minAssets: 6 });

    await context.setOffline(true);
    await page.getByTestId('connection').getByText(field['field.offline']).waitFor();
    await page.getByRole('link', { name: field['field.registerPerson'] }).click();
    await page.getByRole('heading', { name: reg['person.newTitle'] }).waitFor();
    await page.locator('#id_number').fill(DNI);
    await page.locator('#given_names').fill('Justina');
    await page.locator('#paternal_surname').fill('Huanca');
    await page.locator('#maternal_surname').fill('Ccama');
    await page.locator('#district').fill('Ananea');
    await page.getByRole('button', { name: /^Ananea, .*Puno$/ }).click();
    await page.getByRole('checkbox', { name: reg['person.profile.pallaquera'] }).check();
    await expect.poll(() => page.locator('.chosen', { hasText: 'Asociación de Pallaqueras Ananea' }).count()).toBe(1);
    await page.getByRole('button', { name: reg['person.register'], exact: true }).click();
    await page.getByText(/Justina Huanca Ccama quedó guardada en el teléfono/).waitFor();
    await expect.poll(() => outboxKindStates(page)).toEqual(['person.create:waiting']);

    // She is usable at once: her lot, then her sale of it.
    const justina = page.getByTestId('field-person').filter({ hasText: 'Justina Huanca Ccama' });
    await justina.getByText(field['field.notYetSent']).waitFor();
    await justina.getByRole('link', { name: field['field.recordLot'] }).click();
    await page.locator('#bags').fill('30');
    await page.locator('#grade_g_per_t').fill('10');
    await page.getByRole('button', { name: prod['lot.save'] }).click();
    await page.getByText(field['field.lotQueued']).waitFor();
    await page.getByTestId('field-person').filter({ hasText: 'Justina Huanca Ccama' }).getByRole('link', { name: field['field.recordSale'] }).click();
    await page.getByLabel(/^Lote del/).fill('1000');
    await page.locator('#buyer_organisation_id').selectOption({ label: 'Planta Santa Rosa' });
    await page.locator('#grade_g_per_t').fill('10');
    await page.locator('#recovery').fill('0,9');
    await page.locator('#processing_fee_pen_per_t').fill('300');
    await page.locator('#paid_pen').fill('1500');
    const expected = fairValue({ oreKg: 1000, gradeGPerT: 10, recovery: 0.9, goldUsdPerOz: GOLD_USD_PER_OZ, penPerUsd: PEN_PER_USD, deductionsPenCents: 30_000, paidPenCents: 150_000 });
    const reference = page.locator('.fair-value dt', { hasText: prod['fv.reference'] }).locator('xpath=following-sibling::dd');
    expect((await reference.textContent())?.replace(/\D/g, '')).toBe(String(expected.referenceValuePenCents));
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: prod['sale.save'] }).click();
    await page.getByText(field['field.saleQueued']).waitFor();
    await expect.poll(() => outboxKindStates(page)).toEqual(allIn('waiting'));
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // The shell from the service worker's cache, the items from IndexedDB, the session from the tab.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await unlockDevice(page, PIN);
    await expect.poll(() => outboxKindStates(page), { timeout: 20_000 }).toEqual(allIn('waiting'));
    expect((await onServer()).people).toEqual([]);

    // A new release of the service worker activates while the items still wait (the server refuses writes for now).
    isRefusingWrites = true;
    swRelease = '// release 2';
    await context.setOffline(false);
    const scriptBefore = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    const hasNewWorker = await page.evaluate(() => new Promise<string>((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve('changed'));
      void navigator.serviceWorker.getRegistration().then((r) => r?.update()).then(
        (r) => setTimeout(() => resolve(`no change; installing=${String(r?.installing?.state)} waiting=${String(r?.waiting?.state)}`), 5000),
        (err: unknown) => resolve(`update failed: ${String((err as Error).message)}`));
    }));
    expect(hasNewWorker, `a new worker replaces ${scriptBefore}`).toBe('changed');
    await page.reload();
    await unlockDevice(page, PIN);
    await expect.poll(() => outboxKindStates(page), { timeout: 20_000 }).toEqual(allIn('waiting'));

    isRefusingWrites = false;
    await page.getByTestId('send-now').click();
    await expect.poll(() => outboxKindStates(page), { timeout: 30_000 }).toEqual(allIn('synced'));
    const synced = await onServer();
    expect(synced.people).toEqual([expect.objectContaining({ id_number_last3: DNI.slice(-3) })]);
    expect(synced.lots).toEqual([expect.objectContaining({ weight_kg: 2000, sold_kg: 1000 })]);
    expect(synced.sales).toHaveLength(1);
  });

  it('records nothing twice when the same outbox is sent again, three times', async () => {
    for (let round = 1; round <= 3; round++) {
      const before = writesSent;
      await requeueAll(page);
      await page.reload();
      await unlockDevice(page, PIN);
      await expect.poll(() => outboxKindStates(page), { timeout: 30_000 }).toEqual(allIn('synced'));
      expect(writesSent, `round ${round} sent the outbox again`).toBeGreaterThan(before);
    }
    const again = await onServer();
    expect(again.people).toHaveLength(1);
    expect(again.lots).toEqual([expect.objectContaining({ sold_kg: 1000 })]);
    expect(again.sales).toHaveLength(1);
  });

  it("shows a lot the server refused as needing attention, with the server's reason in Spanish", async () => {
    await context.setOffline(true);
    await page.getByTestId('field-person').filter({ hasText: 'Justina Huanca Ccama' }).getByRole('link', { name: field['field.recordLot'] }).click();
    await page.locator('#bags').fill('10');
    // Above 1,000 g/t the server wants a confirmation the phone offers but she does not tick.
    await page.locator('#grade_g_per_t').fill('1500');
    await page.getByRole('button', { name: prod['lot.save'] }).click();
    await page.getByText(field['field.lotQueued']).waitFor();
    await context.setOffline(false);
    await expect.poll(() => outboxKindStates(page), { timeout: 30_000 }).toEqual(['lot.create:needs_attention', ...allIn('synced')]);
    await page.getByTestId('outbox-problem').getByText(/^Es más de 1.?000 g\/t\. Revise el número y marque la confirmación\.$/).waitFor();
    expect((await onServer()).lots).toHaveLength(1);
    await context.close();
  });
});
