/**
 * End-to-end test of training attendance with no signal, in Debian's Chromium on a 360-px phone
 * against the real server serving the production build (run `npm run build` first). A promoter
 * opens a session's attendance online (the list of enrolled women is kept on her phone, sealed
 * with her PIN), goes offline, ticks a woman and saves: the list waits in the outbox. A reload
 * offline opens the kept list with her tick; /sync names the waiting attendance; back online it
 * syncs, and the server has the attendance exactly once, also after the outbox is sent again.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_WEB_DIR } from '../../src/context.ts';
import { messages as field } from '../../web/i18n/es-field.ts';
import { messages as tr } from '../../web/i18n/es-trainings.ts';
import { peruToday } from '../../web/production/format.ts';
import { createTestApp, PASSWORD, type TestApp } from '../support/app.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { setDevicePin, unlockDevice } from '../support/device-pin.ts';
import { outboxKindStates, waitUntilKeptOffline } from '../support/offline.ts';
import { personBody } from '../support/registry.ts';

const ADMIN = { username: 'red.admin', password: PASSWORD };
const LEADER = { username: 'lider.ananea', password: PASSWORD };
const PROMOTER = { username: 'promotora.ananea', password: PASSWORD };
const PIN = '604817';

let app: TestApp;
let url = '';
let close: () => Promise<void>;
let browser: Browser;
let sessionId: string;
/** Attendance the phone sent straight to its route (not through the outbox). */
let directAttendance = 0;
/** Sync batches the phone sent. */
let syncBatches = 0;

async function startServer(): Promise<void> {
  app = await createTestApp({ webDir: DEFAULT_WEB_DIR, realTime: true });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({
      port: 0, hostname: '127.0.0.1',
      fetch: (req) => {
        const path = new URL(req.url).pathname;
        if (req.method === 'POST' && path.endsWith('/attendance')) directAttendance += 1;
        if (req.method === 'POST' && path === '/api/sync') syncBatches += 1;
        return app.app.fetch(req);
      },
    }, () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close();
  };
}

const rows = async <T>(query: ReturnType<typeof sql>) => ((await app.ctx.database.db.execute(query)) as unknown as { rows: T[] }).rows;
/** The session's marks and its attendance audit rows, as the server holds them. */
async function onServer() {
  const marks = await rows<{ name: string; present: boolean }>(sql`SELECT p.given_names AS name, a.present FROM training_attendance a JOIN people p ON p.id = a.person_id WHERE a.session_id = ${sessionId} ORDER BY p.given_names`);
  const audits = await rows<{ c: string }>(sql`SELECT count(*) AS c FROM audit_log WHERE entity = 'training_session' AND entity_id = ${sessionId} AND action = 'take_attendance'`);
  return { marks: marks.map((m) => `${m.name}:${m.present}`), audits: Number(audits[0]!.c) };
}

/** Moves within the app as its links do (a full page load would ask for the PIN again). */
const goInApp = (p: Page, path: string) => p.evaluate((to) => {
  history.pushState(null, '', to);
  dispatchEvent(new PopStateEvent('popstate'));
}, path);

/** Whether the phone kept the session's list (an entry of hers in the working set). */
const hasKeptSession = (p: Page, id: string) => p.evaluate((sid) => new Promise<boolean>((resolve) => {
  const open = indexedDB.open('pallay-offline');
  open.onsuccess = () => {
    const all = open.result.transaction('working_set').objectStore('working_set').getAllKeys();
    all.onsuccess = () => {
      open.result.close();
      resolve(all.result.some((k) => String(k).endsWith(`|training-session:${sid}`)));
    };
  };
}), id);

describe('training attendance with no signal', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    await startServer();
    await app.createUser(ADMIN.username, 'admin');
    const asAdmin = await apiAs(url, ADMIN);
    const association = (await asAdmin('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002' })).organisation!;
    await app.createUser(LEADER.username, 'association_leader', { organisationId: association.id });
    await app.createUser(PROMOTER.username, 'promoter', { organisationId: association.id, displayName: 'Nélida Apaza' });
    const asLeader = await apiAs(url, LEADER);
    const asPromoter = await apiAs(url, PROMOTER);
    const eulogia = personBody({ given_names: 'Eulogia', paternal_surname: 'Condori', maternal_surname: 'Ticona', organisation_id: association.id });
    const marcelina = personBody({ given_names: 'Marcelina', paternal_surname: 'Huanca', maternal_surname: 'Quispe', organisation_id: association.id });
    await asPromoter('/api/people', eulogia);
    await asPromoter('/api/people', marcelina);
    const programme = (await asLeader('/api/programmes', { name: 'Seguridad en la selección manual', min_module_share: 0.5, modules: [{ title: 'Equipos de protección' }] })).programme as unknown as { id: string; modules: { id: string }[] };
    await asPromoter(`/api/programmes/${programme.id}/enrolments`, { person_ids: [eulogia.id, marcelina.id] });
    sessionId = uuidv7();
    await asPromoter('/api/training-sessions', {
      id: sessionId, programme_id: programme.id, module_id: programme.modules[0]!.id, held_on: peruToday(), place: 'Local comunal', facilitator: 'Elena Ccama', organisation_id: association.id,
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  it('keeps the list on the phone, queues the ticks offline, and the server records them once after sync', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await logIn(page, url, PROMOTER);
    await setDevicePin(page, PIN);

    // Opened once online: the list of enrolled women is kept on the phone, the screen's code by the service worker.
    await goInApp(page, `/trainings/sessions/${sessionId}`);
    await page.getByRole('heading', { name: tr['training.attendance'] }).waitFor();
    await page.getByLabel('Eulogia Condori Ticona').waitFor();
    await expect.poll(() => hasKeptSession(page, sessionId), { timeout: 20_000 }).toBe(true);
    await waitUntilKeptOffline(page, { minAssets: 6 });

    await context.setOffline(true);
    await page.getByLabel('Eulogia Condori Ticona').check();
    await page.getByRole('button', { name: tr['training.saveAttendance'] }).click();
    await page.getByTestId('attendance-queued').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(directAttendance).toBe(0);

    // A reload with no signal: the kept list, her tick still there (it waits in the outbox).
    await page.reload();
    await unlockDevice(page, PIN);
    await page.getByTestId('attendance-kept').waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Eulogia Condori Ticona').isChecked()).toBe(true);
    expect(await page.getByLabel('Marcelina Huanca Quispe').isChecked()).toBe(false);

    await goInApp(page, '/sync');
    const item = page.getByTestId('outbox-item').filter({ hasText: 'Asistencia a una capacitación: 1 de 2 presentes' });
    await item.waitFor({ timeout: 20_000 });
    expect(await outboxKindStates(page)).toEqual(['attendance.take:waiting']);
    expect(await item.textContent()).toContain(field['field.state.waiting']);
    expect((await onServer()).marks).toEqual([]);

    await context.setOffline(false);
    await page.getByTestId('send-now').click().catch(() => undefined); // it may already be sending on the 'online' event
    await expect.poll(() => outboxKindStates(page), { timeout: 30_000 }).toEqual(['attendance.take:synced']);
    expect(await onServer()).toEqual({ marks: ['Eulogia:true', 'Marcelina:false'], audits: 1 });
    expect(directAttendance).toBe(0);

    // The same outbox sent again (as if the answer had been lost): nothing recorded twice.
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('pallay-offline');
      open.onsuccess = () => {
        const tx = open.result.transaction('outbox', 'readwrite');
        const all = tx.objectStore('outbox').getAll();
        all.onsuccess = () => {
          for (const i of all.result) tx.objectStore('outbox').put({ ...i, state: 'waiting' });
        };
        tx.oncomplete = () => (open.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    }));
    const batchesBefore = syncBatches;
    await page.reload();
    await unlockDevice(page, PIN);
    await expect.poll(() => outboxKindStates(page), { timeout: 30_000 }).toEqual(['attendance.take:synced']);
    expect(syncBatches).toBeGreaterThan(batchesBefore);
    expect(await onServer()).toEqual({ marks: ['Eulogia:true', 'Marcelina:false'], audits: 1 });
    await context.close();
  });
});
