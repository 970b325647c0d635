/**
 * End-to-end test of the data-subject rights screens (ARCO) in Debian's Chromium on a 360-px
 * phone, against the real server serving the built app (run `npm run build` first). A
 * coordinator, with a woman's written request, downloads the copy of her data (JSON with her
 * name, a PDF) and then cancels her data through the deliberate page: a legal basis naming her
 * is refused in Spanish, a wrong confirmation sends nothing, the right one closes the record and
 * she is gone from the people search. A member downloads her own copy from "Mis datos" and never
 * sees a cancel action; a promoter (neither right) sees neither, only who answers such a request,
 * and never loads the ARCO chunk.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as esCore } from '../../web/i18n/es.ts';
import { messages as es } from '../../web/i18n/es-arco.ts';
import { messages as esRegistry } from '../../web/i18n/es-registry.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { personBody } from '../support/registry.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const COORD = { username: 'coord.ananea', password: 'contrasena-de-prueba-2', displayName: 'Lidia Mamani' };
const PROMOTER = { username: 'promo.ananea', password: 'contrasena-de-prueba-3', displayName: 'Nilda Apaza' };
const MEMBER = { username: 'justina.socia', password: 'contrasena-de-prueba-4', displayName: 'Justina Ccama' };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let eulalia: ReturnType<typeof personBody>;
let justina: ReturnType<typeof personBody>;

/** Two days ago in Peru (UTC-5), safely not in the future for the server's date rule. */
const requestDate = new Date(Date.now() - 2 * 86_400_000 - 5 * 3_600_000).toISOString().slice(0, 10);

async function phone(user: { username: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
  const page = await context.newPage();
  await logIn(page, server.url, user);
  return page;
}

async function downloadOf(page: Page, linkName: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  return { file, text: readFileSync((await file.path())!, 'latin1') };
}

describe('ARCO screens', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    const association = (await asAdmin('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002' })).organisation!;
    eulalia = personBody({ given_names: 'Eulalia', paternal_surname: 'Quenta', maternal_surname: 'Choque', phone: '987650001', organisation_id: association.id });
    justina = personBody({ given_names: 'Justina', paternal_surname: 'Ccama', maternal_surname: 'Flores', organisation_id: association.id });
    await asAdmin('/api/people', eulalia);
    await asAdmin('/api/people', justina);
    await asAdmin('/api/users', { username: COORD.username, password: COORD.password, display_name: COORD.displayName, role: 'coordinator', organisation_id: association.id });
    await asAdmin('/api/users', { username: PROMOTER.username, password: PROMOTER.password, display_name: PROMOTER.displayName, role: 'promoter', organisation_id: association.id });
    await asAdmin('/api/users', { username: MEMBER.username, password: MEMBER.password, display_name: MEMBER.displayName, role: 'member', organisation_id: association.id, person_id: justina.id });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a coordinator give a copy on her written request, then cancel her data, after which she is gone', async () => {
    const page = await phone(COORD);
    await page.goto(`${server.url}/people/${eulalia.id}`);
    const arco = page.getByTestId('arco');
    await arco.getByRole('heading', { name: es['arco.title'] }).waitFor();
    expect(await arco.innerText()).toContain(es['arco.rectify.here']);
    expect(await page.getByTestId('data-copy-links').count()).toBe(0);
    await page.locator('#copy_requested_on').fill(requestDate);
    await page.getByTestId('data-copy-links').waitFor();

    const json = await downloadOf(page, es['arco.access.json']);
    expect(json.file.suggestedFilename()).toBe(`datos-${eulalia.id}.json`);
    const copy = JSON.parse(json.text);
    expect(copy.sections.person[0]).toMatchObject({ given_names: 'Eulalia', paternal_surname: 'Quenta', id_number: eulalia.id_number });
    expect(json.text).not.toContain('Justina');
    const pdf = await downloadOf(page, es['arco.access.pdf']);
    expect(pdf.text.startsWith('%PDF')).toBe(true);
    const audited = await server.testApp.ctx.database.db.execute(sql`SELECT after FROM audit_log WHERE action = 'data_copy' AND entity_id = ${eulalia.id}`);
    expect((audited as unknown as { rows: { after: { requested_on?: string } }[] }).rows.map((r) => r.after.requested_on)).toEqual([requestDate, requestDate]);

    await page.getByRole('link', { name: es['arco.cancel.link'] }).click();
    await page.getByRole('heading', { name: es['arco.cancel.title'].replace('{name}', 'Eulalia Quenta Choque') }).waitFor();
    expect(await page.getByTestId('cancellation-facts').innerText()).toContain(es['arco.cancel.kept.figures']);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const form = page.getByTestId('cancel-form');
    await form.locator('#cancel_requested_on').fill(requestDate);
    await form.locator('#cancel_legal_basis').fill('Solicitud escrita de Eulalia Quenta');
    await form.locator('#cancel_confirmation').fill('0000');
    await form.getByRole('button', { name: es['arco.cancel.submit'] }).click();
    await form.getByText(es['arco.cancel.confirmWrong']).waitFor();

    await form.locator('#cancel_confirmation').fill(eulalia.id_number.slice(-4));
    await form.getByRole('button', { name: es['arco.cancel.submit'] }).click();
    await form.getByText(es['arco.check.namesHer']).first().waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${eulalia.id}/cancellation`);

    await form.locator('#cancel_legal_basis').fill('Ley 29733 art. 20: solicitud escrita N.º 12-2026');
    await form.getByRole('button', { name: es['arco.cancel.submit'] }).click();
    await page.getByTestId('person-cancelled').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${eulalia.id}`);
    expect(await page.locator('h1').innerText()).toBe(esRegistry['person.cancelledTitle']);
    expect(await page.locator('main').innerText()).toContain(es['arco.cancel.done']);
    expect(await page.locator('main').innerText()).not.toContain('Eulalia');
    expect(await page.getByRole('link', { name: esRegistry['person.edit'] }).count()).toBe(0);
    expect(await page.getByTestId('arco').count()).toBe(0);

    await page.getByRole('navigation').getByRole('link', { name: esCore['nav.people'] }).click();
    await page.locator('#q').fill('Quenta');
    await page.locator('form[role=search] button[type=submit]').click();
    await page.getByText(esRegistry['people.none']).waitFor();
    await page.locator('#q').fill('Ccama');
    await page.locator('form[role=search] button[type=submit]').click();
    await page.getByRole('link', { name: 'Justina Ccama Flores' }).waitFor();
    await page.context().close();
  });

  it('lets a member download her own copy from "Mis datos", with no cancel action anywhere', async () => {
    const page = await phone(MEMBER);
    await page.locator('main').getByRole('link', { name: esCore['nav.myData'] }).click();
    await page.getByRole('heading', { name: es['arco.mine.title'] }).waitFor();
    const json = await downloadOf(page, es['arco.mine.json']);
    expect(JSON.parse(json.text).sections.person[0]).toMatchObject({ given_names: 'Justina', id_number: justina.id_number });
    expect((await downloadOf(page, es['arco.mine.pdf'])).text.startsWith('%PDF')).toBe(true);
    expect(await page.getByText(es['arco.cancel.link']).count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.goto(`${server.url}/people/${justina.id}/cancellation`);
    await page.getByText(esCore['page.forbidden']).waitFor();
    expect(await page.getByTestId('cancel-form').count()).toBe(0);
    await page.context().close();
  });

  it('shows a promoter neither the copy nor the cancellation, and never loads the ARCO chunk', async () => {
    const page = await phone(PROMOTER);
    const arcoChunks: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/(person-arco|cancel-page|setup)-/.test(request.url())) arcoChunks.push(request.url());
    });
    await page.goto(`${server.url}/people/${justina.id}`);
    await page.locator('h1', { hasText: 'Justina Ccama Flores' }).waitFor();
    await page.getByRole('heading', { name: esRegistry['consent.title'] }).waitFor();
    expect(await page.getByTestId('arco').count()).toBe(0);
    expect(await page.getByText(es['arco.access.json']).count()).toBe(0);
    expect(await page.getByText(es['arco.cancel.link']).count()).toBe(0);
    // She is still told who answers the woman's request.
    expect(await page.getByTestId('rights-elsewhere').textContent()).toBe(esRegistry['person.rightsElsewhere']);
    await page.goto(`${server.url}/people/${justina.id}/cancellation`);
    await page.getByText(esCore['page.forbidden']).waitFor();
    expect(arcoChunks).toEqual([]);
    await page.context().close();
  });
});
