/**
 * End-to-end test of the indicators dashboard in Debian's Chromium on a 360-px phone, over the
 * demo data (the generated survey of the study's 854 respondents): the demo analyst opens
 * /dashboard and sees bars with their confidence intervals and the study baseline beside them,
 * a region too small to show marked as hidden (Áncash: 4 people), the department map, the table
 * under the chart, and downloads the chart as CSV.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { messages as dash } from '../../web/i18n/es-dashboard.ts';
import { DEMO_PASSWORD, loadDemoData } from '../../src/services/demo.service.ts';
import { launchChromium, logIn, overflow } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

const ANALYST = { username: 'demo.analyst', password: DEMO_PASSWORD };
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

describe('indicators dashboard', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await loadDemoData(server.testApp.ctx.services);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows an analyst bars with CI beside the baseline, a hidden group, the map and the table, and downloads CSV', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, server.url, ANALYST);
    await page.getByRole('navigation').getByRole('link', { name: 'Indicadores' }).click();
    await page.getByRole('heading', { name: dash['dashboard.title'] }).waitFor();

    // The demo survey is chosen, a study-linked indicator first, split by profile.
    const chart = page.getByTestId('bar-chart');
    await chart.waitFor();
    expect(await page.locator('#source option:checked').textContent()).toContain('[DEMO]');
    expect(await page.locator('#by').inputValue()).toBe('profile');
    expect(await chart.getByTestId('bar').count()).toBe(4); // three profiles and the total
    expect(await chart.getByTestId('ci').count()).toBe(4);
    expect(await chart.getByTestId('baseline-marker').count()).toBe(4);
    const table = page.getByTestId('chart-table');
    expect(await table.locator('tbody tr').count()).toBe(4);
    expect(await table.textContent()).toContain('Pallaquera');
    expect(await table.locator('thead').textContent()).toContain(dash['dashboard.baseline']);

    // The map by department, with its own table; Áncash (4 people) is hidden there.
    const map = page.getByTestId('choropleth');
    expect(await map.locator('path.dept').count()).toBe(25);
    expect(await map.locator('path.has-data').count()).toBe(9);
    expect(await page.getByTestId('map-table').textContent()).toContain(dash['dashboard.hidden'].replace('{k}', '5'));
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // Split by region: the small region is written out as hidden, never drawn as a zero.
    await page.locator('#by').selectOption('region');
    const hidden = page.getByTestId('bar-chart').getByTestId('hidden-group').first();
    await hidden.waitFor();
    expect(await hidden.textContent()).toContain(dash['dashboard.hidden'].replace('{k}', '5'));
    expect(await page.getByTestId('chart-table').textContent()).toContain('Áncash');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: dash['dashboard.csv'] }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^indicador-.*\.csv$/);
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain(dash['dashboard.people']);
    expect(csv).toMatch(/Áncash,4,,,,[\d.]*,small/);
    await context.close();
  });
});
