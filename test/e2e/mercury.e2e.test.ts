/**
 * End-to-end test of the mercury screens in Debian's Chromium on a 360-px-wide phone, against
 * the real server serving the built app (run `npm run build` first). A health worker finds a
 * woman, records a hair result above the alert value (the unit list follows the sample type) and
 * sees it classed; a coordinator opening the same person's page gets no results, only counts.
 * From the registry page the health worker reaches her results; the coordinator gets only a
 * trainings link, and downloads the counts with the hidden cells still empty.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { messages as es } from '../../web/i18n/es-protection.ts';
import { messages as esRegistry } from '../../web/i18n/es-registry.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { personBody } from '../support/registry.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const HEALTH = { username: 'salud.puno', password: 'contrasena-de-prueba-4', displayName: 'Rocío Huanca' };
const COORD = { username: 'coord.puno', password: 'contrasena-de-prueba-5', displayName: 'Lidia Mamani' };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let womanId: string;

describe('mercury screens', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    const association = (await asAdmin('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002' })).organisation!;
    await asAdmin('/api/users', { username: HEALTH.username, password: HEALTH.password, display_name: HEALTH.displayName, role: 'health_worker', organisation_id: association.id });
    await asAdmin('/api/users', { username: COORD.username, password: COORD.password, display_name: COORD.displayName, role: 'coordinator', organisation_id: association.id });
    const woman = personBody({ given_names: 'Eulogia', paternal_surname: 'Condori', maternal_surname: 'Ticona', organisation_id: association.id });
    await asAdmin('/api/people', woman);
    womanId = woman.id;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a health worker record a result on a phone and keeps it from a coordinator', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, HEALTH);
    await page.goto(`${server.url}/mercury`);
    await page.getByRole('heading', { name: es['mercury.title'], exact: true }).waitFor();
    await page.locator('#person_id').fill('Condori');
    await page.getByRole('button', { name: /Condori Ticona, Eulogia/ }).click();
    await page.getByText(es['mercury.noResults']).waitFor();

    const form = page.getByTestId('evaluation-form');
    await form.locator('#sample_type').selectOption('hair');
    expect(await form.locator('#unit option').allTextContents()).toEqual([es['mercury.unit.ug_g']]);
    await form.locator('#value').fill('12,5');
    await form.locator('#laboratory').fill('Laboratorio Regional Puno');
    await form.locator('#method').fill('CV-AAS');
    await form.getByText(es['mercury.symptom.tremor']).click();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await form.getByRole('button', { name: es['mercury.record'] }).click();
    await page.getByTestId('evaluations').getByText(es['mercury.class.above_alert']).waitFor();
    expect(await page.getByTestId('evaluations').textContent()).toContain('12.5');
    await context.close();

    const other = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const coordPage = await other.newPage();
    await logIn(coordPage, server.url, COORD);
    const direct = await coordPage.request.get(`${server.url}/api/people/${womanId}/mercury`);
    expect(direct.status()).toBe(403);
    await coordPage.goto(`${server.url}/mercury`);
    await coordPage.getByTestId('aggregates').waitFor();
    expect(await coordPage.getByTestId('aggregates').textContent()).toContain(es['mercury.hidden']);
    expect(await coordPage.locator('#evaluation-form').count()).toBe(0);
    await other.close();
  });

  it('links the person page to her results for the health worker only, and downloads counts with hidden cells empty', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, HEALTH);
    await page.goto(`${server.url}/people/${womanId}`);
    await page.getByRole('link', { name: esRegistry['person.mercuryLink'] }).click();
    await page.getByTestId('evaluations').getByText(es['mercury.class.above_alert']).waitFor();
    await context.close();

    const other = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const coordPage = await other.newPage();
    await logIn(coordPage, server.url, COORD);
    await coordPage.goto(`${server.url}/people/${womanId}`);
    await coordPage.getByRole('link', { name: esRegistry['person.trainingsLink'] }).waitFor();
    expect(await coordPage.getByRole('link', { name: esRegistry['person.mercuryLink'] }).count()).toBe(0);
    await coordPage.goto(`${server.url}/mercury`);
    const csvLink = coordPage.getByTestId('aggregates-downloads').getByRole('link', { name: es['ppe.csv'] });
    const file = await coordPage.request.get(`${server.url}${await csvLink.getAttribute('href')}`);
    expect(file.headers()['content-type']).toContain('text/csv');
    const lines = (await file.text()).trim().split('\r\n');
    expect(lines.find((l) => l.startsWith('21,'))).toMatch(/,,,,true$/);
    await other.close();
  });
});
