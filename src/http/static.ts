/**
 * Serves the built web app (dist/web): hashed assets cached for a year, everything else
 * revalidated, and unknown non-API paths answered with index.html so the app's router can
 * take over. Paths are resolved inside the folder only.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function readInside(root: string, urlPath: string): Promise<{ body: Buffer; file: string } | undefined> {
  const file = path.resolve(root, '.' + path.posix.normalize(decodeURIComponent(urlPath)));
  if (!file.startsWith(root + path.sep)) return undefined;
  try {
    return { body: await fs.readFile(file), file };
  } catch {
    return undefined;
  }
}

export function serveWebApp(webDir: string): MiddlewareHandler<AppEnv> {
  const root = path.resolve(webDir);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const urlPath = c.req.path;
    if (urlPath.startsWith('/api/') || urlPath === '/health') return next();
    let found: { body: Buffer; file: string } | undefined;
    try {
      found = urlPath === '/' ? undefined : await readInside(root, urlPath);
    } catch {
      found = undefined;
    }
    const isAsset = urlPath.startsWith('/assets/');
    if (!found && (isAsset || path.extname(urlPath))) return next();
    found ??= await readInside(root, '/index.html');
    if (!found) return next();
    const type = TYPES[path.extname(found.file)] ?? 'application/octet-stream';
    // The discreet help pages (issue 7) are never stored by the browser or a proxy.
    const isHelp = urlPath === '/ayuda' || urlPath.startsWith('/ayuda/');
    const cache = isAsset ? 'public, max-age=31536000, immutable' : isHelp ? 'no-store' : 'no-cache';
    // The service worker keeps only responses marked as the app shell, under "/" (see web/public/sw.js).
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': cache };
    if (found.file === path.join(root, 'index.html')) headers['x-app-shell'] = '1';
    return c.body(new Uint8Array(found.body), 200, headers);
  };
}
