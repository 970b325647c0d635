/**
 * What every end-to-end test shares: Debian's Chromium launched the one way this workplace
 * allows (headless, no sandbox as root, no background networking), signing in through the login
 * form, a JSON caller signed in over the API, and the 360-px overflow check.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export async function logIn(page: Page, baseUrl: string, user: { username: string; password: string }): Promise<void> {
  await page.goto(baseUrl + '/');
  await page.locator('#username').fill(user.username);
  await page.locator('#password').fill(user.password);
  await page.locator('form button[type=submit]').click();
  await page.getByRole('navigation').waitFor();
}

/** Signs in over the API like a browser and returns a JSON caller carrying the cookie and CSRF token. */
export async function apiAs(baseUrl: string, user: { username: string; password: string }) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrf_token: csrf } = (await login.json()) as { csrf_token: string };
  return async (path: string, body: unknown, method: 'POST' | 'PATCH' = 'POST') => {
    const res = await fetch(baseUrl + path, {
      method, headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf }, body: JSON.stringify(body),
    });
    expect(res.status, `${path}: ${await res.clone().text()}`).toBe(method === 'POST' ? 201 : 200);
    return res.json() as Promise<Record<string, { id: string; name: string }>>;
  };
}

/** Nothing may be wider than the phone: a sideways scroll hides fields on a 360-px screen. */
export const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
