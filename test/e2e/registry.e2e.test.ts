/**
 * End-to-end test of the registry screens in Debian's Chromium on a 360-px-wide phone, against
 * the real server serving the built app (run `npm run build` first). A promoter of an
 * association registers a woman through the form (a 7-digit DNI is refused next to its field,
 * a DNI already registered too), finds her in the list typing her name without accents, opens
 * her page, and corrects her record after someone else changed it (the conflict screen, field by field). A full-page screenshot of the form is left in .tmp/e2e/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as reg } from '../../web/i18n/es-registry.ts';
import { messages as es } from '../../web/i18n/es.ts';
import { messages as conflict } from '../../web/i18n/es-conflict.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const PROMOTER = { username: 'promotora.ananea', password: 'contrasena-de-prueba-3', displayName: 'Nélida Apaza' };
const SCREENSHOTS = '.tmp/e2e';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let associationName = '';
let asAdmin: Awaited<ReturnType<typeof apiAs>>;




async function fillPerson(page: Page, dni: string): Promise<void> {
  await page.getByRole('link', { name: reg['people.register'] }).click();
  await page.locator('#id_number').fill(dni);
  await page.locator('#given_names').fill('Felícitas');
  await page.locator('#paternal_surname').fill('Ñaupari');
  await page.locator('#maternal_surname').fill('Huamán');
  await page.locator('#birth_date').fill('1984-07-15');
  await page.locator('#district').fill('Ananea');
  await page.getByRole('button', { name: /^Ananea, .*Puno$/ }).click();
  await page.getByRole('checkbox', { name: reg['person.profile.pallaquera'] }).check();
  await page.getByRole('checkbox', { name: reg['person.language.qu'] }).check();
}

describe('registry screens', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    asAdmin = await apiAs(server.url, ADMIN);
    const network = (await asAdmin('/api/organisations', { kind: 'national_network', name: 'Red Nacional de Mujeres Mineras' })).organisation!;
    const association = (await asAdmin('/api/organisations', {
      kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002', parent_id: network.id,
    })).organisation!;
    associationName = association.name;
    await asAdmin('/api/users', {
      username: PROMOTER.username, password: PROMOTER.password, display_name: PROMOTER.displayName,
      role: 'promoter', organisation_id: association.id,
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a promoter register a woman, find her without accents and open her page', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, PROMOTER);
    await page.getByRole('navigation').getByRole('link', { name: es['nav.people'] }).click();
    await fillPerson(page, '4012345');
    // Her association is proposed because it is the promoter's own.
    await expect.poll(() => page.locator('.chosen', { hasText: associationName }).count()).toBe(1);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/person-form-360.png`, fullPage: true });
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: reg['person.register'], exact: true }).click();
    await expect.poll(() => page.locator('#id_number-error').innerText()).toBe(reg['person.check.dni']);
    expect(await page.locator('#id_number').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('id_number');
    expect(new URL(page.url()).pathname).toBe('/people/new');

    await page.locator('#id_number').fill('40123456');
    await page.getByRole('button', { name: reg['person.register'], exact: true }).click();
    await page.locator('h1', { hasText: 'Felícitas Ñaupari Huamán' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/people\/[0-9a-f-]{36}$/);
    expect(await page.locator('main').innerText()).toContain(associationName);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('navigation').getByRole('link', { name: es['nav.people'] }).click();
    await page.locator('#q').fill('felicitas naupari');
    await page.locator('form[role=search] button[type=submit]').click();
    const result = page.getByRole('link', { name: 'Felícitas Ñaupari Huamán' });
    await result.waitFor();
    expect(await page.locator('main').innerText()).toContain('DNI …456');
    await result.click();
    await page.locator('h1', { hasText: 'Felícitas Ñaupari Huamán' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('40123456');
    await context.close();
  });

  it('shows the server\'s refusal of a DNI already registered next to the DNI field', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, PROMOTER);
    await page.goto(`${server.url}/people`);
    await fillPerson(page, '40123456');
    await page.locator('#given_names').fill('Otra');
    await page.getByRole('button', { name: reg['person.register'], exact: true }).click();
    await expect.poll(() => page.locator('#id_number-error').innerText()).toBe(reg['person.check.dniTaken']);
    expect(new URL(page.url()).pathname).toBe('/people/new');
    await context.close();
  });

  it('shows the conflict screen when someone else saved the record while she was correcting it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, PROMOTER);
    await page.goto(`${server.url}/people?q=naupari`);
    await page.getByRole('link', { name: 'Felícitas Ñaupari Huamán' }).click();
    await page.getByRole('link', { name: reg['person.edit'] }).click();
    await page.locator('#phone').fill('987654321');
    const id = new URL(page.url()).pathname.split('/')[2]!;
    await asAdmin(`/api/people/${id}`, { version: 1, phone: '955000111' }, 'PATCH');

    await page.getByRole('button', { name: es['form.save'] }).click();
    await page.getByRole('heading', { name: conflict['conflict.title'] }).waitFor();
    await page.getByRole('radio', { name: conflict['conflict.mine'].replace('{value}', '987654321') }).check();
    await page.getByRole('button', { name: conflict['conflict.save'] }).click();
    await page.getByRole('status').filter({ hasText: reg['person.updated'].replace(': {name}', '') }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${id}`);
    expect(await page.locator('main').innerText()).toContain('987654321');
    await context.close();
  });
});
