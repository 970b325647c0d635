/**
 * Size budget of the login route: first-load JS + CSS must stay at or under 60 KB gzip.
 * Reads the build in dist/web, so run `npm run build` first (`npm test` does).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFirstLoadAssets, measureLoginRouteGzip } from './size.ts';

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web');
const BUDGET = 60 * 1024;

describe('login route size', () => {
  it('finds scripts, module preloads and stylesheets, not icons or manifests', () => {
    const html = `<link rel="manifest" href="/manifest.webmanifest">
      <link rel="icon" href="/icon.svg"><script type="module" crossorigin src="/assets/a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/b.js"><link rel="stylesheet" href="/assets/c.css">
      <script src="https://cdn.example/x.js"></script>`;
    expect(findFirstLoadAssets(html)).toEqual(['/assets/a.js', '/assets/b.js', '/assets/c.css']);
  });

  it(`stays within ${BUDGET / 1024} KB gzip`, async () => {
    expect(existsSync(path.join(distDir, 'index.html')), 'dist/web is missing: run `npm run build` first').toBe(true);
    const size = await measureLoginRouteGzip(distDir);
    console.info(
      `login route: ${size.total} B gzip (js ${size.js}, css ${size.css}) from ${size.files.join(', ')}`,
    );
    expect(size.files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(size.files.some((f) => f.endsWith('.css'))).toBe(true);
    expect(size.total).toBeLessThanOrEqual(BUDGET);
  });
});
