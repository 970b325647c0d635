/**
 * End-to-end test of version conflicts in Debian's Chromium, against the real server serving
 * the built app (run `npm run build` first). A promoter (who registered the woman) and a
 * coordinator open the same woman's record on two phones (two browser contexts, two sessions)
 * and both correct it. The coordinator saves first; the promoter's save is refused as based on
 * a stale version and the conflict screen lists, field by field, hers and the server's, with a
 * choice per field. What she chooses is stored, the coordinator's other corrections are kept,
 * and nothing was applied silently (checked through the API). Then the promoter corrects a woman
 * she registered with no signal: the correction waits in the outbox, the coordinator saves
 * meanwhile, the sync is refused as stale, and the /sync list opens the same screen for it. The
 * coordinator, who did not register her, is not offered to keep a correction on her phone.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages as conflict } from '../../web/i18n/es-conflict.ts';
import { messages as field } from '../../web/i18n/es-field.ts';
import { messages as reg } from '../../web/i18n/es-registry.ts';
import { messages as es } from '../../web/i18n/es.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { setDevicePin } from '../support/device-pin.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const PROMOTER = { username: 'promotora.ananea', password: 'contrasena-de-prueba-3', displayName: 'Nélida Apaza' };
const COORDINATOR = { username: 'coordinadora.puno', password: 'contrasena-de-prueba-4', displayName: 'Justina Mamani' };

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let personId = '';
let secondId = '';
let asCoordinator: Awaited<ReturnType<typeof apiAs>>;

/** Reads her record over the API, as the coordinator. */
async function personNow(id = personId): Promise<Record<string, unknown>> {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: COORDINATOR.username, password: COORDINATOR.password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const res = await fetch(`${server.url}/api/people/${id}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { person: Record<string, unknown> }).person;
}

async function openEdit(context: BrowserContext, user: { username: string; password: string }): Promise<Page> {
  const page = await context.newPage();
  await logIn(page, server.url, user);
  await page.goto(`${server.url}/people/${personId}/edit`);
  await page.locator('#given_names').waitFor();
  return page;
}

const radio = (page: Page, side: 'mine' | 'server', value: string) =>
  page.getByRole('radio', { name: conflict[side === 'mine' ? 'conflict.mine' : 'conflict.server'].replace('{value}', value), exact: true });

describe('version conflicts', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    const network = (await asAdmin('/api/organisations', { kind: 'regional_network', name: 'Red de Mujeres Mineras de Puno' })).organisation!;
    const association = (await asAdmin('/api/organisations', {
      kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002', parent_id: network.id,
    })).organisation!;
    await asAdmin('/api/users', { username: PROMOTER.username, password: PROMOTER.password, display_name: PROMOTER.displayName, role: 'promoter', organisation_id: association.id });
    await asAdmin('/api/users', { username: COORDINATOR.username, password: COORDINATOR.password, display_name: COORDINATOR.displayName, role: 'coordinator', organisation_id: network.id });
    const asPromoter = await apiAs(server.url, PROMOTER);
    const registered = await asPromoter('/api/people', {
      id: '0195f3a0-4444-7000-8000-00000000c0f1', id_type: 'dni', id_number: '41234567', given_names: 'Rosa', paternal_surname: 'Quispe',
      maternal_surname: 'Condori', sex: 'female', phone: '951000111', profiles: ['pallaquera'], organisation_id: association.id,
    });
    personId = registered.person!.id;
    const second = await asPromoter('/api/people', {
      id: '0195f3a0-4444-7000-8000-00000000c0f2', id_type: 'dni', id_number: '41234568', given_names: 'Eulogia', paternal_surname: 'Condori',
      maternal_surname: 'Ccama', sex: 'female', phone: '951000222', profiles: ['pallaquera'], organisation_id: association.id,
    });
    secondId = second.person!.id;
    asCoordinator = await apiAs(server.url, COORDINATOR);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows both versions field by field and stores the value chosen for each', async () => {
    const promoterPhone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const coordinatorPhone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const mine = await openEdit(promoterPhone, PROMOTER);
    const theirs = await openEdit(coordinatorPhone, COORDINATOR);

    // The coordinator corrects the phone and the dependants, and saves first.
    await theirs.locator('#phone').fill('987654321');
    await theirs.locator('#dependants').fill('4');
    await theirs.getByRole('button', { name: es['form.save'] }).click();
    await theirs.getByRole('status').filter({ hasText: reg['person.updated'].replace(': {name}', '') }).waitFor();

    // The promoter, on the version she opened, corrects the phone and her given names.
    await mine.locator('#phone').fill('912345678');
    await mine.locator('#given_names').fill('Rosa Elena');
    await mine.getByRole('button', { name: es['form.save'] }).click();
    await mine.getByRole('heading', { name: conflict['conflict.title'] }).waitFor();

    // Only her two fields are asked about, each with hers and the server's value; nothing is chosen for her.
    const asked = await mine.locator('fieldset[data-field]').evaluateAll((sets) => sets.map((s) => s.getAttribute('data-field')));
    expect(asked).toEqual(['given_names', 'phone']);
    await radio(mine, 'mine', 'Rosa Elena').waitFor();
    await radio(mine, 'server', 'Rosa').waitFor();
    await radio(mine, 'mine', '912345678').waitFor();
    await radio(mine, 'server', '987654321').waitFor();
    expect(await mine.locator('input[type=radio]:checked').count()).toBe(0);
    expect(await overflow(mine)).toBeLessThanOrEqual(0);

    // Saving without a choice for every field is refused on the screen; nothing is sent.
    await radio(mine, 'mine', 'Rosa Elena').check();
    await mine.getByRole('button', { name: conflict['conflict.save'] }).click();
    await mine.getByRole('status').filter({ hasText: conflict['conflict.chooseAll'] }).waitFor();
    expect(await personNow()).toMatchObject({ version: 2, given_names: 'Rosa', phone: '987654321' });

    // She keeps her given names and the coordinator's phone.
    await radio(mine, 'server', '987654321').check();
    await mine.getByRole('button', { name: conflict['conflict.save'] }).click();
    await mine.getByRole('status').filter({ hasText: reg['person.updated'].replace(': {name}', '') }).waitFor();
    expect(new URL(mine.url()).pathname).toBe(`/people/${personId}`);
    expect(await personNow()).toMatchObject({ version: 3, given_names: 'Rosa Elena', phone: '987654321', dependants: 4 });

    await promoterPhone.close();
    await coordinatorPhone.close();
  });

  it('resolves a correction kept offline that the server refused as stale when it synced', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, server.url, PROMOTER);
    await setDevicePin(page, '482915');
    const go = (path: string) => page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await go(`/people/${secondId}/edit`);
    await expect.poll(() => page.locator('#phone').inputValue()).toBe('951000222');

    // No signal: the correction of a woman she registered waits on the phone.
    await context.setOffline(true);
    await page.locator('#phone').fill('934000222');
    await page.getByRole('button', { name: es['form.save'] }).click();
    await page.getByText(conflict['conflict.queued'].replace('{name}', 'Eulogia Condori Ccama')).waitFor();

    // Meanwhile the coordinator corrects the same phone number online.
    await asCoordinator(`/api/people/${secondId}`, { version: 1, phone: '987654000' }, 'PATCH');

    // The connection returns, the outbox syncs, and the server refuses the stale correction.
    await context.setOffline(false);
    await go('/sync');
    const item = page.locator('[data-testid=outbox-item][data-kind="person.update"]');
    await expect.poll(() => item.getAttribute('data-state'), { timeout: 30_000 }).toBe('needs_attention');
    expect(await personNow(secondId)).toMatchObject({ version: 2, phone: '987654000' });

    await item.getByRole('link', { name: conflict['conflict.resolve'] }).click();
    await radio(page, 'server', '987654000').waitFor();
    await radio(page, 'mine', '934000222').check();
    await page.getByRole('button', { name: conflict['conflict.save'] }).click();
    await page.getByRole('status').filter({ hasText: reg['person.updated'].replace(': {name}', '') }).waitFor();
    expect(await personNow(secondId)).toMatchObject({ version: 3, phone: '934000222' });

    await go('/sync');
    await expect.poll(() => item.getAttribute('data-state')).toBe('synced');
    expect(await page.getByRole('heading', { name: field['field.title'] }).count()).toBe(1);
    await context.close();
  });

  it('keeps a correction offline only for the promoter who registered her', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await openEdit(context, COORDINATOR);
    await context.setOffline(true);
    await page.locator('#phone').fill('955111222');
    await page.getByRole('button', { name: es['form.save'] }).click();
    await page.getByRole('alert').filter({ hasText: conflict['conflict.notAssigned'] }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/people/${personId}/edit`);
    await context.setOffline(false);
    expect(await personNow()).toMatchObject({ version: 3, phone: '987654321' });
    await context.close();
  });
});
