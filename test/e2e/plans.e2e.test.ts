/**
 * End-to-end test of action plan monitoring in Debian's Chromium on a 360-px phone: a
 * coordinator opens the shipped plan as a tree (status as a word, no sideways scroll), filters
 * it by level, opens an action, is told plainly that 140% is not a percentage, reports 40% with
 * a new status, sees it at the top of the updates and in the tree, and downloads the PDF report.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { importPlan } from '../../src/services/plans/plan-import.service.ts';
import { messages as pl } from '../../web/i18n/es-plans.ts';
import { launchChromium, logIn, overflow } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

const COORDINATOR = { username: 'coord.red', password: 'contrasena-de-prueba-2', role: 'coordinator', displayName: 'Rosa Huamán' };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let planId: string;

describe('action plan monitoring', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(COORDINATOR);
    const bytes = new Uint8Array(readFileSync(new URL('../../data/study/action-plan.json', import.meta.url)));
    planId = (await importPlan(server.testApp.ctx.services, { actor: CLI_ACTOR, requestId: null }, { bytes, fileName: 'action-plan.json' })).plan_id;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the plan tree on a phone, filters it, and adds a progress update to an action', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, server.url, COORDINATOR);
    await page.goto(`${server.url}/plans`);
    await page.getByRole('link', { name: /Gender action plan/ }).click();
    await page.getByRole('heading', { name: /Gender action plan/ }).waitFor();
    expect(await page.locator('.plan-node').count()).toBe(57);
    expect(await page.locator('.plan-node .status').first().textContent()).toBe(pl['plans.status.not_started']);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.locator('#level').selectOption('local');
    await page.waitForFunction(() => document.querySelectorAll('.plan-node').length < 57);
    const codes = await page.locator('.plan-node:not(.context) .code').allTextContents();
    expect(codes).toContain('15.3');
    expect(codes).not.toContain('1.1');
    await page.locator('#level').selectOption('');
    await page.waitForFunction(() => document.querySelectorAll('.plan-node').length === 57);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: pl['plans.downloadPdf'] }).click();
    expect((await download).suggestedFilename()).toMatch(/^plan-progress-.*\.pdf$/);

    await page.locator('.plan-node a', { hasText: 'Extend the Registry of Manual Gold Selectors' }).click();
    await page.getByRole('heading', { name: pl['plans.addUpdate'] }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.locator('#percent').fill('140');
    await page.locator('#note').fill('Reunión con la DREM de Arequipa');
    await page.getByRole('button', { name: pl['plans.save'] }).click();
    await page.locator('#percent-error').waitFor();
    expect(await page.locator('#percent-error').textContent()).toBe(pl['check.planPercent']);

    await page.locator('#percent').fill('40');
    await page.locator('#status').selectOption('in_progress');
    await page.locator('#evidence_url').fill('https://example.org/acta-drem.pdf');
    await page.getByRole('button', { name: pl['plans.save'] }).click();
    await page.getByRole('status').filter({ hasText: pl['plans.saved'] }).waitFor();
    const updates = page.locator('.updates li');
    await updates.first().waitFor();
    expect(await updates.first().textContent()).toContain('Reunión con la DREM de Arequipa');
    expect(await updates.first().textContent()).toContain('Rosa Huamán');
    expect(await page.locator('.node-facts .status').first().textContent()).toBe(pl['plans.status.in_progress']);

    await page.getByRole('link', { name: pl['plans.back'] }).click();
    const row = page.locator('.plan-node', { hasText: 'Extend the Registry of Manual Gold Selectors' });
    await row.waitFor();
    expect(await row.locator('.status').textContent()).toBe(pl['plans.status.in_progress']);
    expect(await row.textContent()).toContain('40%');
    await context.close();
  });
});
