/**
 * End-to-end test of the production screens in Debian's Chromium on a 360-px-wide phone,
 * against the real server serving the built app (run `npm run build` first). A promoter opens a
 * woman's page, records a lot by bags (the estimated weight shows as she types), then a sale to
 * a plant registered in RECPO that works without mercury: the fair value shows as she types,
 * with the price dates and the flag for a buyer paying far below the reference; after saving,
 * the sale's page and the woman's page show the flag too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { fairValue } from '../../src/domain/production/fair-value.ts';
import { messages as prod } from '../../web/i18n/es-production.ts';
import { peruToday } from '../../web/production/format.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { GOLD_USD_PER_OZ, PEN_PER_USD, seedPrices } from '../support/production.ts';
import { personBody } from '../support/registry.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const PROMOTER = { username: 'promotora.ananea', password: 'contrasena-de-prueba-3', displayName: 'Nélida Apaza' };
const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let womanId: string;
const today = peruToday();

describe('production screens', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    await seedPrices(server.testApp, today);
    const asAdmin = await apiAs(server.url, ADMIN);
    const association = (await asAdmin('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002' })).organisation!;
    await asAdmin('/api/organisations', { kind: 'processing_plant', name: 'Planta Santa Rosa', mercury_free: true, recpo_code: 'RECPO-0042' });
    await asAdmin('/api/users', { username: PROMOTER.username, password: PROMOTER.password, display_name: PROMOTER.displayName, role: 'promoter', organisation_id: association.id });
    const woman = personBody({ given_names: 'Eulogia', paternal_surname: 'Condori', maternal_surname: 'Ticona', organisation_id: association.id });
    await (await apiAs(server.url, PROMOTER))('/api/people', woman);
    womanId = woman.id;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('records a lot and a sale on a phone, showing the fair value as she types and the flag', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, PROMOTER);
    // Until GET /api/prices/on is served, answer it here with the same price the database holds.
    const probe = await page.request.get(`${server.url}/api/prices/on?date=${today}`);
    if (probe.status() === 404) {
      await page.route('**/api/prices/on?*', (route) => route.fulfill({ json: {
        gold_usd_per_oz: GOLD_USD_PER_OZ, gold_price_date: today, pen_per_usd: PEN_PER_USD, pen_per_usd_date: today, stale: false,
      } }));
    }
    await page.goto(`${server.url}/people/${womanId}`);
    await page.getByRole('heading', { name: prod['production.title'] }).waitFor();
    await page.getByText(prod['production.noLots']).waitFor();

    await page.getByRole('link', { name: prod['lot.new'] }).click();
    await page.locator('#bags').fill('30');
    expect(digits(await page.getByTestId('lot-estimate').textContent())).toBe('2000');
    await page.locator('#grade_g_per_t').fill('10');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: prod['lot.save'] }).click();
    await page.getByTestId('lots-list').waitFor();
    expect(await page.getByTestId('lots-list').textContent()).toContain(prod['production.estimated']);

    await page.getByRole('link', { name: prod['sale.new'] }).click();
    await page.getByLabel(/^Lote del/).fill('1000');
    await page.locator('#buyer_organisation_id').selectOption({ label: 'Planta Santa Rosa' });
    const facts = await page.getByTestId('buyer-facts').textContent();
    expect(facts).toContain(prod['buyer.recpo.yes']);
    expect(facts).toContain(prod['buyer.mercuryFree.yes']);
    await page.locator('#grade_g_per_t').fill('10');
    await page.locator('#recovery').fill('0,9');
    await page.locator('#processing_fee_pen_per_t').fill('300');
    await page.locator('#paid_pen').fill('1500');

    const expected = fairValue({ oreKg: 1000, gradeGPerT: 10, recovery: 0.9, goldUsdPerOz: GOLD_USD_PER_OZ, penPerUsd: PEN_PER_USD, deductionsPenCents: 30_000, paidPenCents: 150_000 });
    const box = page.locator('.fair-value');
    await box.waitFor();
    expect(await box.textContent()).toContain(today);
    const reference = box.locator('dt', { hasText: prod['fv.reference'] }).locator('xpath=following-sibling::dd');
    expect(digits(await reference.textContent())).toBe(String(expected.referenceValuePenCents));
    const floor = box.locator('dt', { hasText: prod['fv.floor95'] }).locator('xpath=following-sibling::dd');
    expect(digits(await floor.textContent())).toBe(String(expected.floor95PenCents));
    expect(await page.getByTestId('fv-verdict').getAttribute('class')).toContain('flagged');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: prod['sale.save'] }).click();
    await page.getByText(prod['sale.saved']).waitFor();
    expect(await page.getByTestId('fv-verdict').getAttribute('class')).toContain('flagged');
    expect(await page.getByTestId('buyer-facts').textContent()).toContain(prod['buyer.recpo.yes']);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('link', { name: prod['production.back'] }).click();
    await page.getByTestId('sales-list').waitFor();
    expect(await page.locator('[data-testid=sales-list] li.flagged').count()).toBe(1);
    await context.close();
  });
});
