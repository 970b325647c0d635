/**
 * A load-test target in its own process, so the load generator and the server do not share
 * an event loop: `bare` serves a trivial Hono route, `health` serves the real Pallay app (the
 * composition root, every middleware, an in-memory PGlite that /health pings). Both use
 * @hono/node-server on 127.0.0.1:$PORT and stop on SIGTERM.
 * Run as: node --import tsx bench/support/serve-target.ts bare|health
 */
import { PGlite } from '@electric-sql/pglite';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { loadConfig } from '../../src/config.ts';
import { createContext, createHttpApp } from '../../src/context.ts';
import { PGLITE_EXTENSIONS } from '../../src/db/client.ts';

interface Target {
  fetch: (request: Request) => Response | Promise<Response>;
  close(): Promise<void>;
}

function bareTarget(): Target {
  const app = new Hono();
  app.get('/bare', (c) => c.json({ status: 'ok' }));
  return { fetch: app.fetch, close: async () => {} };
}

async function healthTarget(): Promise<Target> {
  const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
  const ctx = await createContext({ ...loadConfig({}), logLevel: 'silent' }, { pglite, command: 'bench' });
  const app = createHttpApp(ctx);
  return { fetch: app.fetch, close: () => ctx.close() };
}

async function main(kind: string | undefined): Promise<void> {
  if (kind !== 'bare' && kind !== 'health') throw new Error(`usage: serve-target.ts bare|health (got ${kind})`);
  const target = kind === 'bare' ? bareTarget() : await healthTarget();
  const server = serve({ fetch: target.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
  process.once('SIGTERM', () => {
    server.close();
    target.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

main(process.argv[2]).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
