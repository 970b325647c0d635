/**
 * First load of the web app on a field phone's link, in Chromium against the real server
 * serving the production build (issue 9, "Size budget"):
 * - time until the login form is usable on a first visit over a 400 kbit/s, 400 ms round-trip
 *   link (goal 5 s), beside the same load unthrottled on the same machine in the same run;
 * - the same on a repeat visit, when the service worker serves the shell's assets from its
 *   cache (goal 2 s), beside the unthrottled repeat visit;
 * - the gzip size of the JS and CSS the login and home routes really fetched, for a promoter
 *   (a field role: her home also starts the field session and preloads the field screens),
 *   against the 150 KB budget.
 * Throttled and unthrottled runs alternate, each in a fresh browser context (empty cache, no
 * service worker), so machine noise hits both alike. Needs a build in dist/web (`npm run bench`
 * makes one) and /usr/bin/chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { DEFAULT_WEB_DIR } from '../src/context.ts';
import { measureAssetsGzip } from '../web/size.ts';
import { makeFigure, skippedFigure, type Figure, type FigureSpec, type Suite } from './support/figure.ts';
import { assetsOfLoginAndHome, launchBenchChromium, newBenchContext, timeLoginForm, waitForOfflineShell } from './support/first-load-browser.ts';
import { BENCH_PROMOTER, startFirstLoadServer } from './support/first-load-server.ts';

const RUNS = 5;
const BUDGET_KB = 150;
const FIRST: FigureSpec = { name: 'web.first_load_login_ms', unit: 'ms to usable login', better: 'lower', baselineName: 'same load, unthrottled' };
const REPEAT: FigureSpec = { name: 'web.repeat_visit_login_ms', unit: 'ms to usable login', better: 'lower', baselineName: 'same repeat, unthrottled' };
const SIZE: FigureSpec = { name: 'web.login_home_gzip_kb', unit: 'KB gzip', better: 'lower', baselineName: 'budget' };

/** One visit and one repeat visit (after the service worker stored the shell) in a fresh context. */
async function visitTwice(browser: Browser, url: string, isThrottled: boolean): Promise<{ first: number; repeat: number }> {
  const context = await newBenchContext(browser);
  try {
    const first = await timeLoginForm(browser, context, url, isThrottled);
    await waitForOfflineShell(first.page);
    await first.page.close();
    const repeat = await timeLoginForm(browser, context, url, isThrottled);
    await repeat.page.close();
    return { first: first.ms, repeat: repeat.ms };
  } finally {
    await context.close();
  }
}

async function measure(browser: Browser, url: string): Promise<Figure[]> {
  const samples = { first: [] as number[], firstBase: [] as number[], repeat: [] as number[], repeatBase: [] as number[] };
  for (let run = 0; run < RUNS; run += 1) {
    const throttled = await visitTwice(browser, url, true);
    const bare = await visitTwice(browser, url, false);
    samples.first.push(throttled.first);
    samples.repeat.push(throttled.repeat);
    samples.firstBase.push(bare.first);
    samples.repeatBase.push(bare.repeat);
  }
  const context = await newBenchContext(browser);
  const fetched = await assetsOfLoginAndHome(context, url, BENCH_PROMOTER).finally(() => context.close());
  const size = await measureAssetsGzip(DEFAULT_WEB_DIR, fetched);
  process.stdout.write(`\n  login + home (promoter) fetched ${fetched.length} files, ${(size.js / 1024).toFixed(1)} KB JS + ${(size.css / 1024).toFixed(1)} KB CSS gzip `);
  return [
    makeFigure(FIRST, samples.first, samples.firstBase),
    makeFigure(REPEAT, samples.repeat, samples.repeatBase),
    makeFigure(SIZE, [size.total / 1024], [BUDGET_KB]),
  ];
}

export const firstLoadSuite: Suite = {
  title: 'first-load: the login route over a throttled link (Chromium)',
  async run() {
    const missing = !fs.existsSync(path.join(DEFAULT_WEB_DIR, 'index.html')) ? `no build in ${DEFAULT_WEB_DIR}: run npm run build`
      : !fs.existsSync('/usr/bin/chromium') ? 'no /usr/bin/chromium' : null;
    if (missing) return [FIRST, REPEAT, SIZE].map((spec) => skippedFigure(spec, missing));
    const server = await startFirstLoadServer();
    let browser: Browser | null = null;
    try {
      browser = await launchBenchChromium();
      return await measure(browser, server.url);
    } finally {
      await browser?.close();
      await server.close();
    }
  },
};
