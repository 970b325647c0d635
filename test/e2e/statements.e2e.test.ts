/**
 * End-to-end test of income statements and reports in Debian's Chromium on a 360-px phone: a
 * promoter issues a woman's statement for the caja she consented to in writing, downloads its
 * PDF, and the caja's officer opens the printed verification link without logging in and sees
 * VÁLIDA with initials only. An analyst opens the reports and sees small cells hidden.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { messages as st } from '../../web/i18n/es-statements.ts';
import { messages as prod } from '../../web/i18n/es-production.ts';
import { peruToday } from '../../web/production/format.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { seedPrices } from '../support/production.ts';
import { personBody } from '../support/registry.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const PROMOTER = { username: 'promotora.chala', password: 'contrasena-de-prueba-3', displayName: 'Nélida Apaza' };
const ANALYST = { username: 'analista', password: 'contrasena-de-prueba-4', displayName: 'Analista' };
const today = peruToday();

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let womanId: string;

describe('income statements and reports', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    await seedPrices(server.testApp, today);
    const asAdmin = await apiAs(server.url, ADMIN);
    const association = (await asAdmin('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Mineras de Chala', district: '040306' })).organisation!;
    const caja = (await asAdmin('/api/organisations', { kind: 'financial_institution', name: 'Caja Municipal Arequipa' })).organisation!;
    const plant = (await asAdmin('/api/organisations', { kind: 'processing_plant', name: 'Planta Chala', recpo_code: 'RECPO-7' })).organisation!;
    await asAdmin('/api/users', { username: PROMOTER.username, password: PROMOTER.password, display_name: PROMOTER.displayName, role: 'promoter', organisation_id: association.id });
    await asAdmin('/api/users', { username: ANALYST.username, password: ANALYST.password, display_name: ANALYST.displayName, role: 'analyst' });
    const asPromoter = await apiAs(server.url, PROMOTER);
    const woman = personBody({ given_names: 'Eulogia', paternal_surname: 'Condori', maternal_surname: 'Ticona', district: '040306', organisation_id: association.id });
    await asPromoter('/api/people', woman);
    womanId = woman.id;
    await asPromoter(`/api/people/${womanId}/consents`, { purpose: 'sharing', organisation_id: caja.id, given_on: today, method: 'thumbprint' });
    const lot = (await asPromoter('/api/lots', { owner_person_id: womanId, season_from: today, weight_kg: 2000, grade_g_per_t: 9 })).lot!;
    await asPromoter('/api/sales', { sold_on: today, buyer_organisation_id: plant.id, kind: 'ore_to_plant', lots: [{ lot_id: lot.id, weight_kg: 1500 }], grade_g_per_t: 9, recovery: 0.85, paid_pen: 2000 });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('issues a statement for the caja on a phone, and the caja verifies it without logging in', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, server.url, PROMOTER);
    await page.goto(`${server.url}/people/${womanId}`);
    await page.getByRole('link', { name: prod['production.statements'] }).click();
    await page.getByRole('heading', { name: st['statement.title'] }).waitFor();
    await page.locator('#recipient_organisation_id').selectOption({ label: 'Caja Municipal Arequipa' });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: st['statement.issue'] }).click();
    const issued = page.getByTestId('statement-issued');
    await issued.waitFor();
    const code = /([0-9A-Z]{4}(?:-[0-9A-Z]{1,4}){4})/.exec((await issued.textContent()) ?? '')![1]!;
    expect(await page.getByTestId('statements-list').textContent()).toContain('Caja Municipal Arequipa');

    const download = page.waitForEvent('download');
    await issued.getByRole('link', { name: st['statement.download'] }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^constancia-.*\.pdf$/);

    const officer = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const verify = await officer.newPage();
    await verify.goto(`${server.url}/verify/${code}`);
    const body = (await verify.locator('body').textContent()) ?? '';
    expect(body).toContain('VÁLIDA');
    expect(body).toContain('E. C. T.');
    expect(body).not.toContain('Condori');
    await officer.close();
    await context.close();
  });

  it('shows an analyst the reports with a region of one woman hidden', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, ANALYST);
    await page.goto(`${server.url}/reports`);
    const table = page.getByTestId('production-report');
    await table.waitFor();
    expect(await table.textContent()).toContain(st['report.suppressed'].replace('{min}', '5'));
    expect(await page.getByTestId('buyers-report').textContent()).not.toContain('Planta Chala');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
