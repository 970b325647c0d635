/**
 * End-to-end test of one phone shared by two women of a savings group, in Debian's Chromium
 * against the real server serving the production build (run `npm run build` first). Rosa sets
 * a PIN (a first-guess PIN is refused), saves a meeting with no network, reopens the app offline
 * and must type her PIN (a wrong one is refused); what IndexedDB holds of her meeting and of the
 * kept group is ciphertext. She changes user; Eva signs in on the same browser, sets her own PIN
 * and sees none of Rosa's meetings on the same screen. Rosa comes back, types her PIN and finds
 * her meeting still waiting; deleting her data at logout is refused while it is unsent, until
 * she confirms losing it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { messages as device } from '../../web/i18n/es-device.ts';
import { messages as es } from '../../web/i18n/es-savings.ts';
import { apiAs, launchChromium, logIn } from '../support/browser.ts';
import { setDevicePin, unlockDevice } from '../support/device-pin.ts';
import { outboxStates, waitUntilKeptOffline } from '../support/offline.ts';
import { personBody } from '../support/registry.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const LEADER = { username: 'dirigenta.ahorro', password: 'contrasena-de-prueba-4' };
const ROSA = { username: 'tesorera.rosa', password: 'contrasena-de-prueba-5', pin: '482915' };
const EVA = { username: 'socia.eva', password: 'contrasena-de-prueba-6', pin: '730614' };

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let cycleId = '';
const people = { rosa: '', eva: '' };

interface RawRecord {
  store: string;
  owner: string;
  state?: string;
  /** The record as stored, with its binary parts decoded byte for byte. */
  text: string;
}

/** Every record of the offline database as stored, straight from IndexedDB. */
function rawRecords(page: Page): Promise<RawRecord[]> {
  return page.evaluate(() => new Promise<RawRecord[]>((resolve, reject) => {
    const open = indexedDB.open('pallay-offline');
    open.onsuccess = () => {
      const stores = ['outbox', 'working_set', 'device_users'];
      const tx = open.result.transaction(stores, 'readonly');
      const out: RawRecord[] = [];
      const decode = (v: unknown): unknown => (v instanceof ArrayBuffer ? new TextDecoder('latin1').decode(v) : ArrayBuffer.isView(v) ? new TextDecoder('latin1').decode(v as Uint8Array) : v);
      for (const store of stores) {
        const all = tx.objectStore(store).getAll();
        all.onsuccess = () => {
          for (const r of all.result as Record<string, unknown>[]) {
            const flat = JSON.stringify(r, (_k, v: unknown) => decode(v));
            out.push({ store, owner: String(r.owner ?? r.user_id), state: r.state as string | undefined, text: flat });
          }
        };
      }
      tx.oncomplete = () => {
        open.result.close();
        resolve(out);
      };
      tx.onerror = () => reject(tx.error);
    };
  }));
}

describe('a phone shared by two women', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    const association = (await asAdmin('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Pallaqueras Suyo', district: '211002' })).organisation!;
    await asAdmin('/api/users', { username: LEADER.username, password: LEADER.password, display_name: 'Dirigenta', role: 'association_leader', organisation_id: association.id });
    const asLeader = await apiAs(server.url, LEADER);
    people.rosa = (await asLeader('/api/people', personBody({ given_names: 'Rosa', paternal_surname: 'Quispe', maternal_surname: 'Condori', organisation_id: association.id }))).person!.id;
    people.eva = (await asLeader('/api/people', personBody({ given_names: 'Eva', paternal_surname: 'Mamani', maternal_surname: 'Condori', organisation_id: association.id }))).person!.id;
    await asAdmin('/api/users', { username: ROSA.username, password: ROSA.password, display_name: 'Rosa Quispe', role: 'member', organisation_id: association.id, person_id: people.rosa });
    await asAdmin('/api/users', { username: EVA.username, password: EVA.password, display_name: 'Eva Mamani', role: 'member', organisation_id: association.id, person_id: people.eva });
    const group = (await asLeader('/api/savings/groups', { organisation_id: association.id, name: 'Banquito Warmikuna' })).group!;
    for (const id of [people.rosa, people.eva]) await asLeader(`/api/savings/groups/${group.id}/members`, { person_id: id, joined_on: isoDay(-60) });
    const cycle = (await asLeader('/api/savings/cycles', {
      group_id: group.id, starts_on: isoDay(-60), ends_on: isoDay(200), share_value_cents: 1000, min_shares_per_meeting: 1, max_shares_per_meeting: 5,
      max_loan_multiple: 3, social_fund_cents: 200,
    })) as unknown as { cycle_id: string };
    cycleId = cycle.cycle_id;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps each woman\'s data sealed under her own PIN, and deletes it at logout only once she accepts losing what is unsent', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const meetingUrl = `${server.url}/savings/cycles/${cycleId}/meeting`;
    const heading = page.getByRole('heading', { name: es['savings.meetingTitle'] });
    const lock = page.getByTestId('lock-screen');

    // Rosa: first screen that keeps data on the phone → she sets a PIN (a first guess is refused).
    await logIn(page, server.url, ROSA);
    await page.goto(meetingUrl);
    await heading.waitFor();
    await lock.getByRole('button', { name: device['device.openSet'] }).click();
    await lock.locator('#new_pin').fill('1234');
    await lock.locator('#new_pin_again').fill('1234');
    await lock.getByRole('button', { name: device['device.setSubmit'] }).click();
    await lock.getByText(device['pin.tooEasy']).waitFor();
    await lock.locator('#new_pin').fill(ROSA.pin);
    await lock.locator('#new_pin_again').fill(ROSA.pin);
    await lock.getByRole('button', { name: device['device.setSubmit'] }).click();
    await lock.waitFor({ state: 'detached' });
    await waitUntilKeptOffline(page);
    await expect.poll(async () => (await rawRecords(page)).filter((r) => r.store === 'working_set').length).toBeGreaterThan(0);

    // She saves a meeting with no network.
    await context.setOffline(true);
    const rosa = page.getByTestId(`member-${people.rosa}`);
    await rosa.locator('input[name=present]').check();
    await rosa.getByRole('button', { name: 'Una acción más' }).click();
    await page.locator('#cash_counted').fill('123.45');
    await page.getByRole('button', { name: es['savings.save'] }).click();
    await page.getByText(/guardada en el teléfono/).waitFor();
    await expect.poll(() => outboxStates(page)).toEqual(['waiting']);

    // What the phone's storage holds of it is ciphertext: states in clear, no names, ids or amounts.
    const stored = await rawRecords(page);
    const meeting = stored.filter((r) => r.store === 'outbox');
    expect(meeting).toHaveLength(1);
    expect(meeting[0]!.state).toBe('waiting');
    // (A kept copy's key names the cycle it copies, an id; its content is sealed like the meeting.)
    for (const record of stored.filter((r) => r.store !== 'device_users')) {
      const secrets = ['Rosa', 'Quispe', 'Eva', 'Mamani', 'Banquito', '12345', 'share_purchase', '/api/savings', people.rosa, people.eva];
      for (const plain of record.store === 'outbox' ? [...secrets, cycleId] : secrets) {
        expect(record.text, `${record.store} holds ${plain}`).not.toContain(plain);
      }
    }
    expect(stored.find((r) => r.store === 'device_users')!.text).not.toContain(ROSA.pin);

    // Reopened with no network, her data asks for her PIN: a wrong one is refused.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await lock.getByText(device['device.unlockIntro'].replace('{name}', 'Rosa Quispe')).waitFor();
    await lock.locator('#pin').fill('111999');
    await lock.getByRole('button', { name: device['device.unlockSubmit'], exact: true }).click();
    await lock.getByTestId('pin-refused').getByText(device['device.wrongPin'].replace('{count}', '4')).waitFor();
    await unlockDevice(page, ROSA.pin);
    await heading.waitFor();
    await expect.poll(() => outboxStates(page)).toEqual(['waiting']);

    // The server stays out of reach for her meeting, so it stays unsent while the phone is online again.
    await context.route(/\/api\/(sync|savings\/meetings)$/, (route) => (route.request().method() === 'POST' ? route.abort() : route.fallback()));
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Cambiar de usuario' }).click();
    await page.locator('#username').waitFor();

    // Eva on the same browser: her own PIN; Rosa's meeting is not on her screen.
    await logIn(page, server.url, EVA);
    await page.goto(meetingUrl);
    await heading.waitFor();
    await setDevicePin(page, EVA.pin);
    await page.getByTestId(`member-${people.eva}`).waitFor();
    expect(await page.getByTestId('outbox-item').count()).toBe(0);
    const locks = (await rawRecords(page)).filter((r) => r.store === 'device_users');
    expect(locks).toHaveLength(2);
    expect(new Set(locks.map((l) => l.owner)).size).toBe(2);
    await page.getByRole('button', { name: 'Cambiar de usuario' }).click();
    await page.locator('#username').waitFor();

    // Rosa again: a wrong PIN, then hers; her meeting still waits.
    await logIn(page, server.url, ROSA);
    await page.goto(meetingUrl);
    await lock.locator('#pin').fill('730614');
    await lock.getByRole('button', { name: device['device.unlockSubmit'], exact: true }).click();
    await lock.getByTestId('pin-refused').waitFor();
    await unlockDevice(page, ROSA.pin);
    await expect.poll(() => outboxStates(page)).toEqual(['waiting']);

    // Logout: deleting her data is refused while the meeting is unsent, until she confirms.
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    const logout = page.getByTestId('logout-screen');
    await logout.getByText(device['device.unsent'].replace('{count}', '1')).waitFor();
    await logout.getByRole('button', { name: device['device.logoutWipe'] }).click();
    await logout.getByTestId('wipe-refused').waitFor();
    expect((await rawRecords(page)).filter((r) => r.store === 'outbox')).toHaveLength(1);
    await logout.getByLabel(device['device.confirmLoss'].replace('{count}', '1')).check();
    await logout.getByRole('button', { name: device['device.logoutWipe'] }).click();
    await page.locator('#username').waitFor();
    const left = await rawRecords(page);
    expect(left.filter((r) => r.store === 'outbox')).toEqual([]);
    expect(left.filter((r) => r.store === 'device_users')).toHaveLength(1);
    expect(left.every((r) => !r.text.includes('Rosa Quispe'))).toBe(true);
    await context.close();
  });
});
