/**
 * End-to-end test of trainings in Debian's Chromium on a 360-px phone: an association leader
 * opens a programme, takes attendance at today's session by ticking a name, issues the woman's
 * certificate once the programme's rule is met, and a stranger opens the certificate's
 * /verify page without logging in and sees VÁLIDO with initials only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { messages as tr } from '../../web/i18n/es-trainings.ts';
import { peruToday } from '../../web/production/format.ts';
import { apiAs, launchChromium, logIn, overflow } from '../support/browser.ts';
import { personBody } from '../support/registry.ts';
import { startTestServer } from '../support/server.ts';

const ADMIN = { username: 'red.admin', password: 'contrasena-de-prueba-1', role: 'admin', displayName: 'Admin de la red' };
const LEADER = { username: 'lider.ananea', password: 'contrasena-de-prueba-2', displayName: 'Justina Mamani' };
const today = peruToday();

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let programmeId: string;
let womanId: string;

describe('trainings', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    server = await startTestServer();
    await server.createUser(ADMIN);
    const asAdmin = await apiAs(server.url, ADMIN);
    const association = (await asAdmin('/api/organisations', { kind: 'selectors_association', name: 'Asociación de Pallaqueras Ananea', district: '211002' })).organisation!;
    await asAdmin('/api/users', { username: LEADER.username, password: LEADER.password, display_name: LEADER.displayName, role: 'association_leader', organisation_id: association.id });
    const asLeader = await apiAs(server.url, LEADER);
    const woman = personBody({ given_names: 'Eulogia', paternal_surname: 'Condori', maternal_surname: 'Ticona', organisation_id: association.id });
    const other = personBody({ given_names: 'Marcelina', paternal_surname: 'Huanca', maternal_surname: 'Quispe', organisation_id: association.id });
    await asLeader('/api/people', woman);
    await asLeader('/api/people', other);
    womanId = woman.id;
    const programme = (await asLeader('/api/programmes', {
      name: 'Seguridad en la selección manual', min_module_share: 0.5, modules: [{ title: 'Equipos de protección' }, { title: 'Primeros auxilios' }],
    })).programme as unknown as { id: string; modules: { id: string }[] };
    programmeId = programme.id;
    await asLeader(`/api/programmes/${programmeId}/enrolments`, { person_ids: [woman.id, other.id] });
    await asLeader('/api/training-sessions', {
      programme_id: programmeId, module_id: programme.modules[0]!.id, held_on: today, place: 'Local comunal', facilitator: 'Elena Ccama', organisation_id: association.id,
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes attendance on a phone, issues the certificate, and the certificate verifies publicly', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, acceptDownloads: true });
    const page = await context.newPage();
    await logIn(page, server.url, LEADER);
    await page.goto(`${server.url}/trainings`);
    await page.getByRole('link', { name: 'Seguridad en la selección manual' }).click();
    await page.getByTestId('sessions').getByRole('link').first().click();
    await page.getByRole('heading', { name: tr['training.attendance'] }).waitFor();
    await page.getByLabel('Eulogia Condori Ticona').check();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: tr['training.saveAttendance'] }).click();
    expect(await page.getByTestId('attendance-saved').textContent()).toContain('1');

    await page.goto(`${server.url}/trainings/people/${womanId}`);
    await page.getByRole('button', { name: tr['training.issue'] }).click();
    await page.getByTestId('certificate-issued').waitFor();
    const certificates = page.getByTestId('certificates');
    expect(await certificates.textContent()).toContain('Seguridad en la selección manual');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const download = page.waitForEvent('download');
    await certificates.getByRole('link', { name: tr['training.downloadPdf'] }).click();
    expect((await download).suggestedFilename()).toMatch(/^certificado-.*\.pdf$/);
    const verifyHref = (await page.getByTestId('verify-link').getAttribute('href'))!;

    const stranger = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const verify = await stranger.newPage();
    await verify.goto(`${server.url}${verifyHref}`);
    const body = (await verify.locator('body').textContent()) ?? '';
    expect(body).toContain('VÁLIDO');
    expect(body).toContain('E. C. T.');
    expect(body).toContain('Seguridad en la selección manual');
    expect(body).not.toContain('Condori');
    await stranger.close();
    await context.close();
  });
});
