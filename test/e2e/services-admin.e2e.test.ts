/**
 * The services directory's admin screen in Debian's Chromium on a 360-px phone, against the real
 * server serving the built app (run `npm run build` first). An admin adds a CEM with one phone
 * that is not Peruvian: the server refuses it and the phones box names that phone, nothing is
 * written; she corrects the phone and saves, finds the point by name and department, then
 * corrects its hours (PATCH with the version it was based on). A mining site's page lists the
 * nearest services, Línea 100 first, measured from its district's capital when it has no
 * coordinates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { messages as es } from '../../web/i18n/es-protection.ts';
import { messages as services } from '../../web/i18n/es-services.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const NAME = 'CEM Comisaría La Rinconada';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

const listed = async (q: string) =>
  ((await (await fetch(`${server.url}/api/services?q=${encodeURIComponent(q)}`)).json()) as { items: { name: string; phones: string[]; hours: string | null }[] }).items;

describe('services directory admin screen', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a point, is told which phone is not Peruvian, corrects it and finds the point', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, ADMIN);
    await page.locator('#main').getByRole('link', { name: 'Directorio de servicios' }).click();
    await page.getByRole('heading', { name: es['servicesAdmin.title'] }).waitFor();
    await page.getByRole('button', { name: es['servicesAdmin.add'] }).click();

    const form = page.getByTestId('service-form');
    await form.locator('#name').fill(NAME);
    await form.locator('#kind').selectOption('cem');
    await form.locator('#district').fill('Ananea');
    await form.getByRole('button', { name: /Ananea/ }).first().click();
    await form.locator('#lat').fill('-14.62');
    await form.locator('#lon').fill('-69.46');
    await form.locator('#phones').fill('994834149, 12345');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await form.getByRole('button', { name: es['servicesAdmin.save'] }).click();
    const phoneError = form.locator('#phones-error');
    await phoneError.waitFor();
    expect(await phoneError.textContent()).toMatch(/^«12345» no es un teléfono del Perú/);
    expect(await listed('Rinconada')).toEqual([]);

    await form.locator('#phones').fill('994834149, 100');
    await form.getByRole('button', { name: es['servicesAdmin.save'] }).click();
    await page.getByText(`«${NAME}» guardado.`).waitFor();

    await page.locator('#filter-department').selectOption({ label: 'Puno' });
    await page.locator('#filter-q').fill('Rinconada');
    const row = page.getByTestId('services').locator('li', { hasText: NAME });
    await row.waitFor();
    expect(await row.textContent()).toContain('994834149, 100');

    await row.getByRole('button', { name: es['servicesAdmin.correct'] }).click();
    await form.locator('#hours').fill('24 h');
    await form.getByRole('button', { name: es['servicesAdmin.save'] }).click();
    await page.getByText(`«${NAME}» guardado.`).waitFor();
    await expect.poll(async () => (await listed('Rinconada'))[0]?.hours).toBe('24 h');
    expect((await listed('Rinconada'))[0]?.phones).toEqual(['994834149', '100']);
  });

  it('shows the nearest services on a mining site\'s page, Línea 100 first', async () => {
    const asAdmin = await apiAs(server.url, ADMIN);
    const site = (await asAdmin('/api/sites', { name: 'Relave Ana María', district: '211002' })).site!;
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, ADMIN);
    await page.goto(`${server.url}/sites/${site.id}`);
    const panel = page.getByTestId('site-nearest');
    await panel.getByText(services['services.nearestFromDistrict']).waitFor();
    const cards = panel.locator('.service-card');
    expect(await cards.first().textContent()).toContain('Línea 100');
    expect(await cards.count()).toBeGreaterThan(1);
    expect(await panel.textContent()).toContain(services['services.kind.cem']);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});
