/**
 * End-to-end test of the savings meeting on a treasurer's phone with no network, in Debian's
 * Chromium on a 360-px screen against the real server serving the production build (run
 * `npm run build` first): the service worker keeps the app shell and the savings chunk, the
 * outbox keeps the meeting in IndexedDB across a reload while offline, and the sync sends it
 * when the connection returns. The server records its shares and loan exactly once, also when
 * the same outbox is sent again; a meeting the server refuses (a loan over the limit, saved
 * past the phone's warning) shows "needs attention" with the reason in Spanish.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { messages as es } from '../../web/i18n/es-savings.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { setDevicePin, unlockDevice } from '../support/device-pin.ts';
import { outboxStates, requeueAll, waitUntilKeptOffline } from '../support/offline.ts';
import { personBody } from '../support/registry.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const LEADER = { username: 'dirigenta.ahorro', password: 'contrasena-de-prueba-4' };
const TREASURER = { username: 'tesorera.rosa', password: 'contrasena-de-prueba-5' };
/** Her PIN on the phone: what the meeting screen keeps there is sealed with it (web/offline/lock-screen.tsx). */
const PIN = '482915';

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let cycleId = '';
const people: Record<'rosa' | 'eva' | 'nelida', string> = { rosa: '', eva: '', nelida: '' };

interface CycleBalances {
  members: { person_id: string; shares: number; loans_outstanding_cents: number }[];
  loans_outstanding_cents: number;
  total_shares: number;
}

async function getJson<T>(path: string, user: { username: string; password: string }): Promise<T> {
  const login = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(user) });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const res = await fetch(server.url + path, { headers: { cookie } });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

const balances = () => getJson<CycleBalances>(`/api/savings/cycles/${cycleId}`, LEADER);
const memberOf = (b: CycleBalances, id: string) => b.members.find((m) => m.person_id === id)!;
describe('savings meeting on a phone with no network', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    const association = (await asAdmin('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002' })).organisation!;
    await asAdmin('/api/users', { username: LEADER.username, password: LEADER.password, display_name: 'Dirigenta', role: 'association_leader', organisation_id: association.id });
    const asLeader = await apiAs(server.url, LEADER);
    const names = { rosa: ['Rosa', 'Quispe'], eva: ['Eva', 'Mamani'], nelida: ['Nélida', 'Apaza'] } as const;
    for (const [key, [given, surname]] of Object.entries(names)) {
      people[key as keyof typeof people] = (await asLeader('/api/people', personBody({ given_names: given, paternal_surname: surname, maternal_surname: 'Condori', organisation_id: association.id }))).person!.id;
    }
    await asAdmin('/api/users', { username: TREASURER.username, password: TREASURER.password, display_name: 'Rosa Quispe', role: 'member', organisation_id: association.id, person_id: people.rosa });
    const group = (await asLeader('/api/savings/groups', { organisation_id: association.id, name: 'Banquito Las Pallaqueras' })).group!;
    for (const id of [people.rosa, people.eva, people.nelida]) await asLeader(`/api/savings/groups/${group.id}/members`, { person_id: id, joined_on: isoDay(-60) });
    await asLeader(`/api/savings/groups/${group.id}/officers`, { person_id: people.rosa, role: 'treasurer', from_date: isoDay(-60) });
    const cycle = (await asLeader('/api/savings/cycles', {
      group_id: group.id, starts_on: isoDay(-60), ends_on: isoDay(200), share_value_cents: 1000, min_shares_per_meeting: 1, max_shares_per_meeting: 5,
      max_loan_multiple: 3, social_fund_cents: 200,
    })) as unknown as { cycle_id: string };
    cycleId = cycle.cycle_id;
    const tx = (type: string, person: string, extra: object) => ({ id: crypto.randomUUID(), type, person_id: person, ...extra });
    await asLeader('/api/savings/meetings', {
      cycle_id: cycleId, held_on: isoDay(-30), present: Object.values(people),
      transactions: [tx('share_purchase', people.rosa, { shares: 5 }), tx('share_purchase', people.eva, { shares: 5 }), tx('share_purchase', people.nelida, { shares: 2 })],
    });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  let context: BrowserContext;
  let page: Page;

  it('keeps a meeting entered offline through a reload and sends it once when the connection returns', async () => {
    context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    page = await context.newPage();
    await logIn(page, server.url, TREASURER);
    const meetingUrl = `${server.url}/savings/cycles/${cycleId}/meeting`;
    await page.goto(meetingUrl);
    await page.getByRole('heading', { name: es['savings.meetingTitle'] }).waitFor();
    await setDevicePin(page, PIN);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true))).toBe(true);
    await waitUntilKeptOffline(page);

    await context.setOffline(true);
    await page.getByTestId('connection').getByText(es['savings.offline']).waitFor();
    const eva = page.getByTestId(`member-${people.eva}`);
    const rosa = page.getByTestId(`member-${people.rosa}`);
    await rosa.locator('input[name=present]').check();
    await eva.locator('input[name=present]').check();
    await rosa.getByRole('button', { name: 'Una acción más' }).click();
    await eva.getByRole('button', { name: 'Una acción más' }).click();
    await eva.getByRole('button', { name: 'Una acción más' }).click();
    await eva.locator('input[name=socialFund]').check();
    await eva.getByText(es['savings.more']).click();
    await eva.getByLabel(es['savings.loan']).fill('50');
    // Before: 120 soles of shares in the box; +30 shares, +2 social fund, −50 loan.
    await expect.poll(() => page.getByTestId('cash-computed').textContent()).toBe('S/ 102.00');
    await page.locator('#cash_counted').fill('101.50');
    await page.getByTestId('cash-difference').getByText('−S/ 0.50').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: es['savings.save'] }).click();
    await page.getByText(/guardada en el teléfono/).waitFor();
    await expect.poll(() => outboxStates(page)).toEqual(['waiting']);

    // The app shell comes from the service worker's cache, the cycle from IndexedDB, the session from the tab.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await unlockDevice(page, PIN);
    await page.getByRole('heading', { name: es['savings.meetingTitle'] }).waitFor();
    await page.getByTestId('freshness').getByText(/Sin conexión: datos guardados/).waitFor();
    await expect.poll(() => outboxStates(page)).toEqual(['waiting']);
    await page.getByText(es['savings.state.waiting']).waitFor();
    const before = await balances();
    expect(memberOf(before, people.eva).shares).toBe(5);

    await context.setOffline(false);
    await expect.poll(() => outboxStates(page), { timeout: 20_000 }).toEqual(['synced']);
    const after = await balances();
    expect(memberOf(after, people.eva)).toMatchObject({ shares: 7, loans_outstanding_cents: 5_000 });
    expect(memberOf(after, people.rosa).shares).toBe(6);
    expect(after.total_shares).toBe(15);
  });

  it('records nothing twice when the same outbox is sent again, three times', async () => {
    let posts = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/sync')) posts += 1; // the outbox goes in batches (web/offline/sync.ts)
    });
    for (let round = 1; round <= 3; round++) {
      // Put every item back in the queue, as if the phone never heard the server's answer; the app syncs on start.
      await requeueAll(page);
      await page.reload();
      await unlockDevice(page, PIN);
      await expect.poll(() => outboxStates(page), { timeout: 20_000 }).toEqual(['synced']);
      expect(posts).toBe(round);
    }
    const again = await balances();
    expect(memberOf(again, people.eva)).toMatchObject({ shares: 7, loans_outstanding_cents: 5_000 });
    expect(again.total_shares).toBe(15);
    const meetings = await getJson<{ meetings: unknown[] }>(`/api/savings/cycles/${cycleId}/meetings`, LEADER);
    expect(meetings.meetings).toHaveLength(2);
  });

  it('shows a meeting the server refused as needing attention, in Spanish', async () => {
    const nelida = page.getByTestId(`member-${people.nelida}`);
    await nelida.getByText(es['savings.more']).click();
    // Nélida has 2 shares (S/ 20): her limit is S/ 60.
    await nelida.getByLabel(es['savings.loan']).fill('61');
    await nelida.getByText(es['savings.check.loanOverLimit']).waitFor();
    await page.getByRole('button', { name: es['savings.save'] }).click();
    await page.getByTestId('confirm-warnings').waitFor();
    await page.getByRole('button', { name: es['savings.saveAnyway'] }).click();
    await expect.poll(() => outboxStates(page), { timeout: 20_000 }).toEqual(['needs_attention', 'synced']);
    await page.getByTestId('outbox-problem').getByText(`Nélida Apaza Condori: ${es['savings.check.loanOverLimit']}`).waitFor();
    expect(memberOf(await balances(), people.nelida).loans_outstanding_cents).toBe(0);

    // The group's page from the list: the open cycle's funds and each member's balance, on the phone's width.
    await page.goto(`${server.url}/savings`);
    await page.getByRole('link', { name: 'Banquito Las Pallaqueras' }).click();
    await page.getByTestId('funds').getByText('S/ 50.00').waitFor();
    await page.getByTestId('members').getByRole('row', { name: /Eva Mamani Condori 7 S\/ 70.00 S\/ 50.00/ }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});
