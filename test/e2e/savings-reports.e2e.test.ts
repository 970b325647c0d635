/**
 * End-to-end test of the savings reports in Debian's Chromium on a 360-px phone (run
 * `npm run build` first): on a group's page each cycle links to its group report as CSV, Excel
 * and PDF, and each member to her statement as PDF and CSV; the links answer with the right
 * file type for the signed-in browser (its own cookie) and a click downloads the file. The
 * cycle's report opens as a table with the group's position after each meeting and for the cycle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { messages as es } from '../../web/i18n/es-savings.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { personBody } from '../support/registry.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const LEADER = { username: 'dirigenta.informes', password: 'contrasena-de-prueba-4' };
const EVA = { username: 'eva.socia', password: 'contrasena-de-prueba-5' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let groupId = '';

/** What a link answers to the page's own fetch (its cookie): type, file name and the first characters. */
function fetchLink(page: Page, link: Locator) {
  return link.evaluate(async (a: HTMLAnchorElement) => {
    const res = await fetch(a.href);
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', disposition: res.headers.get('content-disposition') ?? '', text: text.slice(0, 4000) };
  });
}

describe('savings reports on a phone', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    const association = (await asAdmin('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Pallaqueras Rinconada', district: '211002' })).organisation!;
    await asAdmin('/api/users', { username: LEADER.username, password: LEADER.password, display_name: 'Dirigenta', role: 'association_leader', organisation_id: association.id });
    const asLeader = await apiAs(server.url, LEADER);
    const people: string[] = [];
    for (const [given, surname] of [['Rosa', 'Quispe'], ['Eva', 'Mamani'], ['Nélida', 'Apaza']] as const) {
      people.push((await asLeader('/api/people', personBody({ given_names: given, paternal_surname: surname, maternal_surname: 'Condori', organisation_id: association.id }))).person!.id);
    }
    const [rosa, eva, nelida] = people as [string, string, string];
    await asAdmin('/api/users', { username: EVA.username, password: EVA.password, display_name: 'Eva', role: 'member', organisation_id: association.id, person_id: eva });
    groupId = (await asLeader('/api/savings/groups', { organisation_id: association.id, name: 'Banquito Flor de Oro' })).group!.id;
    for (const id of people) await asLeader(`/api/savings/groups/${groupId}/members`, { person_id: id, joined_on: isoDay(-60) });
    await asLeader(`/api/savings/groups/${groupId}/officers`, { person_id: rosa, role: 'treasurer', from_date: isoDay(-60) });
    const cycle = (await asLeader('/api/savings/cycles', {
      group_id: groupId, starts_on: isoDay(-60), ends_on: isoDay(200), share_value_cents: 1000, min_shares_per_meeting: 1, max_shares_per_meeting: 5, max_loan_multiple: 3, social_fund_cents: 200,
    })) as unknown as { cycle_id: string };
    const tx = (type: string, person: string, extra: object) => ({ id: crypto.randomUUID(), type, person_id: person, ...extra });
    await asLeader('/api/savings/meetings', {
      cycle_id: cycle.cycle_id, held_on: isoDay(-30), present: people,
      transactions: [tx('share_purchase', rosa, { shares: 5 }), tx('share_purchase', eva, { shares: 5 }), tx('share_purchase', nelida, { shares: 2 })],
    });
    await asLeader('/api/savings/meetings', {
      cycle_id: cycle.cycle_id, held_on: isoDay(-10), present: people,
      transactions: [tx('share_purchase', rosa, { shares: 1 }), tx('loan', eva, { amount_cents: 5_000 })],
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('downloads the cycle report and a member\'s statement, and shows the report as a table', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, server.url, ADMIN);
    await page.goto(`${server.url}/savings/groups/${groupId}`);
    const reports = page.getByTestId('cycle-reports');
    await reports.waitFor();

    const links = reports.locator('.downloads a');
    expect(await links.allTextContents()).toEqual([es['savings.csv'], es['savings.xlsx'], es['savings.pdf']]);
    const csv = await fetchLink(page, links.nth(0));
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.text).toContain('total_savings_pen');
    expect(csv.text).toMatch(/^cycle,[^\n]*,13,130,50,/m); // shares, savings (S/), loans outstanding (S/) of the cycle
    expect((await fetchLink(page, links.nth(1))).type).toBe(XLSX);
    const pdf = await fetchLink(page, links.nth(2));
    expect(pdf.type).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF')).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), links.nth(2).click()]);
    expect(download.suggestedFilename()).toMatch(/^pallay-savings-report-.*\.pdf$/);

    const eva = page.getByTestId('members').locator('tr', { hasText: 'Eva' }).getByTestId('statement-links').locator('a');
    expect(await eva.allTextContents()).toEqual([es['savings.pdf'], es['savings.csv']]);
    const statementPdf = await fetchLink(page, eva.nth(0));
    expect(statementPdf.type).toBe('application/pdf');
    expect(statementPdf.text.startsWith('%PDF')).toBe(true);
    const statementCsv = await fetchLink(page, eva.nth(1));
    expect(statementCsv.type).toMatch(/^text\/csv/);
    expect(statementCsv.text).toContain('loans_outstanding_pen');
    expect(statementCsv.text).toMatch(/^total,2,5,50,50,.*,5,50,50,/m); // two meetings, 5 shares (S/ 50), a S/ 50 loan still owed
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await reports.getByRole('link', { name: es['savings.reportView'] }).click();
    const table = page.getByTestId('report-table');
    await table.waitFor();
    expect(await table.getByTestId('report-meeting').count()).toBe(2);
    const cycleRow = table.getByTestId('report-cycle');
    const cycleText = await cycleRow.textContent();
    expect(cycleText).toContain('S/ 130.00');
    expect(cycleText).toContain('S/ 50.00');
    expect(cycleText).toContain('100 % (3/3)');
    expect(await table.getByTestId('report-meeting').first().textContent()).toContain('S/ 120.00');
    expect(await page.getByTestId('report-downloads').locator('a').count()).toBe(3);
    expect(new URL(page.url()).search).toBe('');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('offers a member her own statement only', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, EVA);
    await page.goto(`${server.url}/savings/groups/${groupId}`);
    const members = page.getByTestId('members');
    await members.waitFor();
    expect(await members.locator('tr', { hasText: 'Eva' }).getByTestId('statement-links').count()).toBe(1);
    expect(await members.getByTestId('statement-links').count()).toBe(1);
    await context.close();
  });
});
