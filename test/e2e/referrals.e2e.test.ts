/**
 * End-to-end test of the referral screens in Debian's Chromium on a 360-px phone (run
 * `npm run build` first). A case worker signs in with her code, opens a referral with the woman's
 * consent by anonymous code, is told clearly when her screen is stale, adds a follow-up and
 * closes it, and finds it in her list; no address
 * carries a query string. A promoter who opens that referral's address is told it does not
 * exist; an admin opens it by break-glass (warning, a reason too short refused under its field,
 * then the referral read-only) and the supervisor sees the notice above her list and marks it read; and an analyst sees the counts with the small ones hidden and the line explaining why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { base32Decode, totp } from '../../src/domain/auth/totp.ts';
import { messages as es } from '../../web/i18n/es.ts';
import { messages as esRef } from '../../web/i18n/es-referrals.ts';
import { launchChromium, logIn, overflow } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

const CASES = { username: 'casos.puno', password: 'contrasena-de-prueba-7', role: 'case_worker', displayName: 'Nélida Apaza' };
const SUPERVISOR = { username: 'supervisora.puno', password: 'contrasena-de-prueba-8', role: 'case_supervisor', displayName: 'Rosa Mamani' };
const PROMOTER = { username: 'promotora.puno', password: 'contrasena-de-prueba-3', role: 'promoter', displayName: 'Eulogia Condori' };
const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const ANALYST = { username: 'analista.red', password: 'contrasena-de-prueba-5', role: 'analyst', displayName: 'Analista de la red' };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let secrets: Record<string, string>;

/** Signs in over the API: the headers of a JSON caller with the session cookie and CSRF token. */
async function apiHeaders(user: { username: string; password: string }): Promise<Record<string, string>> {
  const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: user.username, password: user.password }) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrf_token: csrf } = (await login.json()) as { csrf_token: string };
  return { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf };
}

/** Enrols a case staff member's second factor over the API with the current code; she signs in with the next one. */
async function enrolSecondFactor(user: { username: string; password: string }): Promise<string> {
  const headers = await apiHeaders(user);
  const enrolment = (await (await fetch(`${server.url}/api/auth/totp/enrol`, { method: 'POST', headers })).json()) as { secret: string };
  const confirmed = await fetch(`${server.url}/api/auth/totp/confirm`, { method: 'POST', headers, body: JSON.stringify({ code: totp(base32Decode(enrolment.secret), Date.now()) }) });
  expect(confirmed.status).toBe(204);
  return enrolment.secret;
}

/** Signs case staff in through the form with password and the next step's code (the confirming step is used). */
async function logInWithCode(page: Page, user: { username: string; password: string }): Promise<void> {
  await page.goto(`${server.url}/`);
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('form button[type=submit]').click();
  await page.locator('#totp_code').fill(totp(base32Decode(secrets[user.username]!), Date.now() + 30_000));
  await page.locator('form button[type=submit]').click();
  await page.getByRole('navigation').waitFor();
}

async function phone(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  return context.newPage();
}

/** "2026-11-20": a few days ago, in Peru. */
const daysAgo = (days: number) => new Date(Date.now() - 5 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);

describe('referral screens', { timeout: 120_000 }, () => {
  let referralPath = '';

  beforeAll(async () => {
    server = await startTestServer();
    for (const user of [ADMIN, CASES, SUPERVISOR, PROMOTER, ANALYST]) await server.createUser(user);
    secrets = { [CASES.username]: await enrolSecondFactor(CASES), [SUPERVISOR.username]: await enrolSecondFactor(SUPERVISOR) };
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a case worker opens a referral with consent, is told when her screen is stale, follows it up and closes it', async () => {
    const page = await phone();
    await logInWithCode(page, CASES);

    await page.getByRole('link', { name: es['nav.referrals'], exact: true }).first().click();
    await page.getByText(esRef['referral.none']).waitFor();
    await page.getByRole('link', { name: esRef['referral.new'] }).click();
    const form = page.getByTestId('referral-form');
    await form.locator('#anonymous_code').fill('AN-0427');
    await form.locator('#incident_type').selectOption('physical_assault');
    await form.locator('#incident_on').fill(daysAgo(3));
    await form.locator('#district').fill('Ananea');
    await form.getByRole('button', { name: /^Ananea/ }).click();
    await form.getByRole('checkbox', { name: /Línea 100/ }).check();
    await form.locator('#supervisor_id').selectOption({ label: SUPERVISOR.displayName });
    await form.getByRole('button', { name: esRef['referral.save'] }).click();
    await form.getByText(esRef['referral.problem.consentRequired']).first().waitFor();
    await form.getByRole('checkbox', { name: esRef['referral.consentGiven'] }).check();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await form.getByRole('button', { name: esRef['referral.save'] }).click();

    await page.getByTestId('referral-fields').waitFor();
    referralPath = new URL(page.url()).pathname;
    expect(referralPath).toMatch(/^\/referrals\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('referral-status').textContent()).toBe(esRef['referral.status.open']);
    await page.getByTestId('referral-fields').getByText('AN-0427').waitFor();

    // Meanwhile a follow-up arrives from elsewhere (her other tab): the version on screen is stale.
    const elsewhere = await page.evaluate(async ({ path, day }) => {
      const { csrf_token: csrf } = await (await fetch('/api/auth/me')).json();
      const res = await fetch(`/api/${path.slice(1)}/follow-ups`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ happened_on: day, note: 'Llamada de control desde otra pestaña.' }) });
      return res.status;
    }, { path: referralPath, day: daysAgo(0) });
    expect(elsewhere).toBe(201);
    const closeEarly = page.getByTestId('close-form');
    await closeEarly.locator('#closing_reason').fill('Atendida por el CEM.');
    await closeEarly.getByRole('button', { name: esRef['referral.closeSave'] }).click();
    await page.getByTestId('stale').getByText(esRef['referral.stale']).waitFor();
    await page.getByTestId('follow-ups').getByText('Llamada de control desde otra pestaña.').waitFor();
    expect(await page.getByTestId('referral-status').textContent()).toBe(esRef['referral.status.in_progress']);

    const followUp = page.getByTestId('follow-up-form');
    await followUp.locator('#note').fill('Acompañada al CEM de Putina; cita con psicología el lunes.');
    await followUp.getByRole('button', { name: esRef['referral.followUpSave'] }).click();
    await page.getByText(esRef['referral.followUpSaved']).waitFor();
    await page.getByTestId('follow-ups').getByText('Acompañada al CEM de Putina', { exact: false }).waitFor();
    await expect.poll(() => page.getByTestId('referral-status').textContent()).toBe(esRef['referral.status.in_progress']);

    const close = page.getByTestId('close-form');
    await close.locator('#closing_reason').fill('Atendida por el CEM; ella no quiere más seguimiento.');
    await close.getByRole('button', { name: esRef['referral.closeSave'] }).click();
    await page.getByText(esRef['referral.closedNotice']).waitFor();
    await expect.poll(() => page.getByTestId('referral-status').textContent()).toBe(esRef['referral.status.closed']);
    expect(await page.getByTestId('follow-up-form').count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('link', { name: esRef['referral.back'] }).click();
    const row = page.getByTestId('referral-row');
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('closed');
    expect(await row.textContent()).not.toContain('AN-0427');
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('a promoter opening the referral\'s address is told it does not exist', async () => {
    expect(referralPath).not.toBe('');
    const page = await phone();
    await logIn(page, server.url, PROMOTER);
    await page.goto(server.url + referralPath);
    await page.getByText(esRef['referral.notFound']).waitFor();
    expect(await page.getByTestId('referral-fields').count()).toBe(0);
    await page.context().close();
  });

  it('an admin opens the referral by break-glass with a written reason, and its supervisor sees the notice and marks it read', async () => {
    const referralId = referralPath.split('/').pop()!;
    const reason = 'Requerimiento fiscal 45-2026 por riesgo de vida';
    const admin = await phone();
    await logIn(admin, server.url, ADMIN);
    expect(await admin.getByRole('link', { name: es['nav.referrals'], exact: true }).count()).toBe(0);
    await admin.getByRole('link', { name: es['nav.referralBreakGlass'] }).first().click();
    await admin.getByTestId('break-glass-warning').getByText(esRef['referral.breakGlassWarning']).waitFor();
    await admin.locator('#referral_id').fill(referralId);
    await admin.getByRole('button', { name: esRef['referral.breakGlassContinue'] }).click();
    await admin.waitForURL(`${server.url}${referralPath}`);
    const form = admin.getByTestId('break-glass-form');
    await form.getByText(esRef['referral.breakGlassWarning']).waitFor();
    await form.getByLabel(esRef['referral.breakGlassReason']).fill('Es urgente');
    await form.getByRole('button', { name: esRef['referral.breakGlassOpen'] }).click();
    // Too short: refused under the reason field (the server's rule), and nothing of the referral shown.
    await admin.locator('#reason-error').getByText(esRef['referral.problem.reason']).waitFor();
    expect(await admin.locator('#reason').getAttribute('aria-invalid')).toBe('true');
    expect(await admin.locator('#reason').getAttribute('aria-describedby')).toContain('reason-error');
    expect(await admin.getByTestId('referral-fields').count()).toBe(0);
    await form.getByLabel(esRef['referral.breakGlassReason']).fill(reason);
    await form.getByRole('button', { name: esRef['referral.breakGlassOpen'] }).click();
    const shown = admin.getByTestId('break-glass-referral');
    await shown.getByText(esRef['referral.breakGlassDone']).waitFor();
    await shown.getByTestId('referral-fields').getByText('AN-0427').waitFor();
    await shown.getByTestId('follow-ups').getByText('Acompañada al CEM de Putina', { exact: false }).waitFor();
    await expect.poll(() => shown.getByTestId('referral-fields').textContent()).toContain(SUPERVISOR.displayName);
    expect(await admin.getByTestId('follow-up-form').count()).toBe(0);
    expect(await admin.getByTestId('close-form').count()).toBe(0);
    expect(await overflow(admin)).toBeLessThanOrEqual(0);
    await admin.context().close();

    const page = await phone();
    await logInWithCode(page, SUPERVISOR);
    await page.getByRole('link', { name: es['nav.referrals'], exact: true }).first().click();
    const notices = page.getByTestId('notifications');
    await notices.getByText(`${ADMIN.displayName} abrió esta derivación por acceso de emergencia. Motivo: ${reason}`).waitFor();
    await page.getByTestId('referral-row').waitFor();
    await notices.getByRole('button', { name: esRef['referral.markRead'] }).click();
    await notices.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('referral-row').waitFor();
    expect(await page.getByTestId('notifications').count()).toBe(0);
    await page.context().close();
  });

  it('an analyst sees the counts with the small ones hidden and why', async () => {
    const page = await phone();
    await logIn(page, server.url, ANALYST);
    await page.getByRole('link', { name: es['nav.referralStats'] }).first().click();
    const byRegion = page.getByTestId('by-region');
    await byRegion.waitFor();
    await page.getByTestId('suppression-note').getByText('≤10', { exact: false }).waitFor();
    await byRegion.getByRole('columnheader', { name: 'Puno' }).waitFor();
    const physical = byRegion.locator('tr', { hasText: esRef['referral.type.physical_assault'] });
    expect(await physical.locator('.suppressed').count()).toBeGreaterThan(0);
    expect(await byRegion.locator('tr', { hasText: esRef['referral.type.rape'] }).locator('td').first().textContent()).toBe('0');
    expect(await page.getByTestId('by-month').locator('.suppressed').count()).toBeGreaterThan(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
