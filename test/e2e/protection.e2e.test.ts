/**
 * End-to-end test of the protective-equipment screen in Debian's Chromium on a 360-px-wide
 * phone, against the real server serving the built app (run `npm run build` first). A promoter
 * records two helmets received, tries to hand three to a woman and is told on the helmet line
 * how many are left, then hands two: the stock shows none left and the hand-out is listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { messages as es } from '../../web/i18n/es-protection.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { personBody } from '../support/registry.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const PROMOTER = { username: 'promotora.epp', password: 'contrasena-de-prueba-3', displayName: 'Nélida Apaza' };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

describe('protective equipment screen', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    const association = (await asAdmin('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002' })).organisation!;
    await asAdmin('/api/users', { username: PROMOTER.username, password: PROMOTER.password, display_name: PROMOTER.displayName, role: 'promoter', organisation_id: association.id });
    await (await apiAs(server.url, PROMOTER))('/api/people', personBody({ given_names: 'Eulogia', paternal_surname: 'Condori', maternal_surname: 'Ticona', organisation_id: association.id }));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('receives and hands out helmets on a phone, refusing more than is left', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, PROMOTER);
    await page.goto(`${server.url}/ppe`);
    await page.getByRole('heading', { name: es['ppe.title'] }).waitFor();
    const helmetRow = page.getByTestId('stock').locator('tr[data-item="helmet"]');
    await helmetRow.waitFor();

    const receive = page.getByTestId('receive-form');
    await receive.locator('#item_id').selectOption({ label: 'Casco' });
    await receive.locator('#quantity').fill('2');
    await receive.getByRole('button', { name: es['ppe.receive'] }).click();
    await page.getByText(es['ppe.received.saved']).waitFor();
    await expect.poll(() => helmetRow.locator('td').nth(3).textContent(), { timeout: 10_000 }).toBe('2');

    const give = page.getByTestId('distribute-form');
    await give.locator('#person_id').fill('Condori');
    await give.getByRole('button', { name: /Condori Ticona, Eulogia/ }).click();
    await give.locator('#qty-helmet').fill('3');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await give.getByRole('button', { name: es['ppe.distribute'] }).click();
    await give.getByText('Solo quedan 2 de «Casco».').waitFor();

    await give.locator('#qty-helmet').fill('2');
    await give.getByRole('button', { name: es['ppe.distribute'] }).click();
    await page.getByText(/Entrega guardada para Condori Ticona, Eulogia/).waitFor();
    await expect.poll(() => helmetRow.locator('td').nth(3).textContent(), { timeout: 10_000 }).toBe('0');
    await page.getByText('2 × Casco').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
