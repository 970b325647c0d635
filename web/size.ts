/**
 * Measures what a phone downloads to show the login route: the scripts, module preloads and
 * stylesheets that the built index.html references, gzipped at level 9 the way a server or CDN
 * would send them. Used by the size test (budget 60 KB) and by the benchmark.
 * Lazily imported chunks are not counted here: they are not part of the first load (the
 * benchmark's first-load suite counts the ones the home route fetches, with `measureAssetsGzip`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RouteSize {
  /** Gzipped bytes of JavaScript. */
  js: number;
  /** Gzipped bytes of CSS. */
  css: number;
  total: number;
  /** The counted assets, as written in index.html. */
  files: string[];
}

/** Same-origin asset URLs that index.html makes the browser fetch on first load. */
export function findFirstLoadAssets(html: string): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const rel = attr('rel')?.toLowerCase() ?? '';
    const url = isScript ? attr('src') : attr('href');
    const counts = isScript || rel === 'stylesheet' || rel === 'modulepreload';
    if (counts && url && !/^(https?:)?\/\//i.test(url)) found.add(url);
  }
  return [...found];
}

/**
 * Sums the gzip size of the login route's first-load JS and CSS in a built `distDir`.
 * @example
 *   const size = await measureLoginRouteGzip('dist/web');
 *   console.log(`${(size.total / 1024).toFixed(1)} KB gzip`);
 */
export async function measureLoginRouteGzip(distDir: string): Promise<RouteSize> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  return measureAssetsGzip(distDir, findFirstLoadAssets(html));
}

/**
 * Sums the gzip size of some built assets, named as the browser fetched them (`/assets/x.js`):
 * the benchmark counts what the login and home routes really loaded in Chromium, lazy chunks
 * included (budget 150 KB gzip for both routes together).
 */
export async function measureAssetsGzip(distDir: string, files: readonly string[]): Promise<RouteSize> {
  const size: RouteSize = { js: 0, css: 0, total: 0, files: [...files] };
  for (const file of files) {
    const local = path.join(distDir, file.split(/[?#]/)[0] ?? file);
    const bytes = gzipSync(await readFile(local), { level: 9 }).length;
    if (/\.css$/i.test(local)) size.css += bytes;
    else size.js += bytes;
    size.total += bytes;
  }
  return size;
}
