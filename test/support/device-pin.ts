/**
 * A shared phone's PIN lock in end-to-end tests: setting the signed-in user's PIN when the app
 * invites her (the first time a screen keeps her data on the phone) and typing it when her
 * data is locked (after a reload or a change of user). Both wait until the lock has gone.
 */
import type { Page } from 'playwright-core';
import { messages as es } from '../../web/i18n/es-device.ts';

export async function setDevicePin(page: Page, pin: string): Promise<void> {
  const lock = page.getByTestId('lock-screen');
  await lock.getByRole('button', { name: es['device.openSet'] }).click();
  await lock.locator('#new_pin').fill(pin);
  await lock.locator('#new_pin_again').fill(pin);
  await lock.getByRole('button', { name: es['device.setSubmit'] }).click();
  await lock.waitFor({ state: 'detached', timeout: 20_000 });
}

export async function unlockDevice(page: Page, pin: string): Promise<void> {
  const lock = page.getByTestId('lock-screen');
  await lock.locator('#pin').fill(pin);
  await lock.getByRole('button', { name: es['device.unlockSubmit'], exact: true }).click();
  await lock.waitFor({ state: 'detached', timeout: 20_000 });
}
