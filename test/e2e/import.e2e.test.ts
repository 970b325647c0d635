/**
 * End-to-end test of the people import wizard in Debian's Chromium on a 360-px-wide phone,
 * against the real server serving the built app (run `npm run build` first). An association
 * leader uploads her member list as Excel on Spanish Windows saves it (CSV, semicolons,
 * Windows-1252) with one bad DNI and one column Pallay does not know; the dry run shows how the
 * file was read, the counts and the rejected row; she says the unknown column is not to be
 * imported, confirms, and finds the new member in the people list. Refusals (an old .xls, a
 * list without a required column) are told next to the file input in plain Spanish. A
 * full-page screenshot of the dry-run report is left in .tmp/e2e/ for people to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as reg } from '../../web/i18n/es-registry.ts';
import { messages as es } from '../../web/i18n/es.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const LEADER = { username: 'dirigenta.ananea', password: 'contrasena-de-prueba-4', displayName: 'Hilda Mamani' };
const PROMOTER = { username: 'promotora.ananea', password: 'contrasena-de-prueba-3', displayName: 'Nélida Apaza' };
const SCREENSHOTS = '.tmp/e2e';

/** The list as Excel's "CSV (delimitado por comas)" writes it on Spanish Windows. */
const MEMBER_LIST = [
  'DNI;Apellidos;Nombres;Sexo;F. Nac.;Perfil;Observación',
  '41234567;Ñaupari Quispe;Rosa Elena;F;05/03/1985;pallaquera;Vive en Chaquiminas',
  '4123456;Huamán Peña;María;F;12/11/1979;pallaquera y minera;',
].join('\r\n') + '\r\n';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let associationName = '';
let files = '';




/** The value shown for `label` in a list of file facts or columns. */
const valueOf = (page: Page, label: string) =>
  page.locator('.record > div', { has: page.locator('dt', { hasText: label }) }).locator('dd').innerText();

/** The number shown for `label` in the counts. */
const countOf = (page: Page, label: string) =>
  page.locator('.import-counts > li', { has: page.locator('span', { hasText: label }) }).locator('strong').innerText();

function writeFile(name: string, bytes: Buffer): string {
  const file = path.join(files, name);
  writeFileSync(file, bytes);
  return file;
}

async function openWizard(page: Page): Promise<void> {
  await logIn(page, server.url, LEADER);
  await page.getByRole('navigation').getByRole('link', { name: es['nav.people'] }).click();
  await page.getByRole('link', { name: reg['people.import'] }).click();
  await page.locator('h1', { hasText: reg['import.title'] }).waitFor();
  // Her association is proposed because it is her own.
  await expect.poll(() => page.locator('.chosen', { hasText: associationName }).count()).toBe(1);
}

describe('people import wizard', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    files = mkdtempSync(path.join(tmpdir(), 'pallay-import-e2e-'));
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    const network = (await asAdmin('/api/organisations', { kind: 'national_network', name: 'Red Nacional de Mujeres Mineras' })).organisation!;
    const association = (await asAdmin('/api/organisations', {
      kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002', parent_id: network.id,
    })).organisation!;
    associationName = association.name;
    await asAdmin('/api/users', {
      username: LEADER.username, password: LEADER.password, display_name: LEADER.displayName,
      role: 'association_leader', organisation_id: association.id,
    });
    await asAdmin('/api/users', {
      username: PROMOTER.username, password: PROMOTER.password, display_name: PROMOTER.displayName,
      role: 'promoter', organisation_id: association.id,
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  it('dry-runs a Latin-1 semicolon list, maps the unknown column, imports and finds the new member', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await openWizard(page);
    // The menu marks the section of a page below it.
    expect(await page.getByRole('navigation').getByRole('link', { name: es['nav.people'] }).getAttribute('aria-current')).toBe('true');

    await page.locator('#import-file').setInputFiles(writeFile('padron-socias.csv', Buffer.from(MEMBER_LIST, 'latin1')));
    await page.locator('#import-dry-run').waitFor();
    const main = page.locator('main');
    expect(await valueOf(page, reg['import.format'])).toBe(reg['import.format.text']);
    expect(await valueOf(page, reg['import.encoding'])).toBe('Windows-1252 (Latin-1)');
    expect(await valueOf(page, reg['import.separator'])).toBe(reg['import.separator.semicolon']);
    expect(await valueOf(page, reg['import.rows'])).toBe('2');
    expect(await countOf(page, reg['import.would.created'])).toBe('1');
    expect(await countOf(page, reg['import.rejected'])).toBe('1');
    expect(await valueOf(page, 'Apellidos')).toBe(reg['import.field.surnames']);
    const rejects = page.locator('.import-rejects li');
    expect(await rejects.count()).toBe(1);
    expect(await rejects.first().innerText()).toContain('Fila 3 · DNI');
    // The server's English message is worded in Spanish from its rule code.
    expect(await rejects.first().innerText()).toContain(reg['person.check.dni']);
    const unknown = page.getByLabel('¿Qué dato tiene la columna «Observación»?');
    expect(await main.innerText()).toContain(reg['import.ignored.unknown']);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/import-dry-run-360.png`, fullPage: true });
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    // All rejects as a CSV the browser makes: BOM, Spanish header, the row, the column.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: reg['import.downloadRejects'] }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('problemas-padron-socias.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe(`\uFEFFfila,columna,motivo\r\n3,DNI,${reg['person.check.dni']}\r\n`);

    // Saying the column is not to be imported checks the file again; it is no longer reported.
    await unknown.selectOption({ label: reg['import.map.skip'] });
    await expect.poll(() => main.innerText()).not.toContain(reg['import.ignored.unknown']);
    await page.getByRole('status').filter({ hasText: reg['import.checked'] }).waitFor();
    expect(await unknown.inputValue()).toBe('-');
    expect(await countOf(page, reg['import.would.created'])).toBe('1');

    await page.getByRole('button', { name: reg['import.confirm'] }).click();
    await page.locator('#import-result', { hasText: reg['import.doneTitle'] }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-result');
    expect(await countOf(page, reg['import.done.created'])).toBe('1');
    expect(await countOf(page, reg['import.rejected'])).toBe('1');
    expect(await page.getByRole('link', { name: reg['person.reviewDuplicates'] }).count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('link', { name: reg['import.openList'] }).click();
    await page.locator('#q').fill('naupari');
    await page.locator('form[role=search] button[type=submit]').click();
    await page.getByRole('link', { name: 'Rosa Elena Ñaupari Quispe' }).click();
    await page.locator('h1', { hasText: 'Rosa Elena Ñaupari Quispe' }).waitFor();
    expect(await main.innerText()).toContain('41234567');
    expect(await main.innerText()).toContain(associationName);
    await context.close();
  });

  it('says next to the file input why an old .xls or a list without a required column cannot be imported', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await openWizard(page);
    const error = page.locator('#import-file-error');

    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await page.locator('#import-file').setInputFiles(writeFile('padron.xls', ole));
    await expect.poll(() => error.innerText()).toBe(reg['import.error.xls']);
    expect(await page.locator('#import-file').getAttribute('aria-invalid')).toBe('true');

    const noProfile = Buffer.from('DNI;Apellidos;Nombres;Sexo\r\n41234568;Mamani Choque;Lidia;F\r\n', 'latin1');
    await page.locator('#import-file').setInputFiles(writeFile('sin-perfil.csv', noProfile));
    await expect.poll(() => error.innerText()).toContain(`obligatorias: ${reg['import.field.profiles']}.`);
    expect(await page.locator('#import-dry-run').count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('refuses the wizard to a promoter, who does not see the way to it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, PROMOTER);
    await page.getByRole('navigation').getByRole('link', { name: es['nav.people'] }).click();
    await page.getByRole('link', { name: reg['people.register'] }).waitFor();
    expect(await page.getByRole('link', { name: reg['people.import'] }).count()).toBe(0);
    await page.goto(`${server.url}/people/import`);
    await page.getByText(es['page.forbidden']).waitFor();
    await context.close();
  });
});
