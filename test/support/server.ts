/**
 * A real HTTP server for end-to-end tests: the built web app (dist/web) and the API on a
 * random loopback port, over a fresh database copy, on the real clock.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { DEFAULT_WEB_DIR } from '../../src/context.ts';
import { isRole } from '../../src/domain/auth/roles.ts';
import { createTestApp, type TestApp } from './app.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { createUser } from '../../src/services/accounts/users.service.ts';

export interface TestServer {
  url: string;
  /** The in-process app behind the server, for seeding what has no API yet (reference prices). */
  testApp: TestApp;
  createUser(opts: { username: string; password: string; role: string; displayName?: string }): Promise<void>;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const test = await createTestApp({ webDir: DEFAULT_WEB_DIR, realTime: true });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: test.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    testApp: test,
    async createUser({ username, password, role, displayName }) {
      if (!isRole(role)) throw new Error(`unknown role ${role}`);
      await createUser(test.ctx.services, { actor: CLI_ACTOR, requestId: null }, {
        username, password, role, display_name: displayName ?? username, organisation_id: null,
      });
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await test.close();
    },
  };
}
