/**
 * The target of the load benchmark, in its own process so the 200 sessions of the load client
 * do not share its event loop: the real Pallay app (composition root, every middleware) as
 * `pallay serve` runs it — on a file-backed PGlite in a temporary folder, or on the PostgreSQL
 * server named by DATABASE_URL. Before it listens it seeds an association, 200 promoters with a
 * session each (inserted directly: 200 sign-ins would cost 200 argon2 checks and trip nothing
 * the benchmark measures) and some women to read, and writes their cookies, CSRF tokens and ids
 * to $PALLAY_BENCH_LOAD_SEED_FILE (after it starts listening). Stops on SIGTERM and removes its folder.
 * Run as: node --import tsx bench/support/load-serve.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { uuidv7 } from 'uuidv7';
import { loadConfig } from '../../src/config.ts';
import { createContext, createHttpApp, type AppContext } from '../../src/context.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { SESSION_COOKIE } from '../../src/http/middleware/authenticate.ts';
import { randomToken, sha256Hex } from '../../src/services/accounts/secrets.ts';
import { createUser } from '../../src/services/accounts/users.service.ts';
import { createPerson } from '../../src/services/registry/people.service.ts';
import { LOAD_SESSIONS, personInput, type LoadSeed } from './load-data.ts';
import { stopOnSigterm } from './stop-target.ts';

const SEEDED_PEOPLE = 200;
const PASSWORD = 'a-long-bench-passphrase';

async function seedSessions(ctx: AppContext, organisationId: string): Promise<LoadSeed['sessions']> {
  const { repos } = ctx.services.store;
  await createUser(ctx.services, { actor: CLI_ACTOR, requestId: null }, {
    username: 'promotora.load.0', role: 'promoter', password: PASSWORD, display_name: 'Promotora 0', organisation_id: organisationId, person_id: null,
  });
  const first = (await repos.users.findByUsername('promotora.load.0'))!;
  const userIds = [first.id];
  for (let i = 1; i < LOAD_SESSIONS; i++) {
    const user = await repos.users.insert({
      id: uuidv7(), username: `promotora.load.${i}`, displayName: `Promotora ${i}`, passwordHash: first.passwordHash,
      role: 'promoter', organisationId, personId: null,
    });
    userIds.push(user.id);
  }
  const now = new Date();
  const sessions: LoadSeed['sessions'] = [];
  for (const userId of userIds) {
    const token = randomToken();
    const csrf = randomToken(24);
    await repos.sessions.insert({ tokenHash: sha256Hex(token), userId, csrfToken: csrf, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + 3_600_000) });
    sessions.push({ cookie: `${SESSION_COOKIE}=${token}`, csrf });
  }
  return sessions;
}

async function seed(ctx: AppContext): Promise<LoadSeed> {
  const { repos } = ctx.services.store;
  const national = uuidv7();
  const organisationId = uuidv7();
  await repos.organisations.insert({ id: national, name: 'Red Nacional de Mujeres Mineras', kind: 'national_network', parentId: null });
  await repos.organisations.insert({ id: organisationId, name: 'Asociación de Pallaqueras Ananea', kind: 'selectors_association', parentId: national });
  const sessions = await seedSessions(ctx, organisationId);
  const people: string[] = [];
  for (let i = 0; i < SEEDED_PEOPLE; i++) {
    const { person } = await createPerson(ctx.services, { actor: CLI_ACTOR, requestId: null }, personInput(organisationId, 30_000_000 + i));
    people.push(person.id);
  }
  return { organisationId, sessions, people };
}

async function main(): Promise<void> {
  const seedFile = process.env.PALLAY_BENCH_LOAD_SEED_FILE;
  if (!seedFile) throw new Error('PALLAY_BENCH_LOAD_SEED_FILE is not set');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-bench-load-'));
  const config = loadConfig({ PALLAY_DATA_DIR: dataDir, ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}) });
  const ctx = await createContext({ ...config, logLevel: 'silent' }, { command: 'bench' });
  const server = serve({ fetch: createHttpApp(ctx).fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
  // Seeding takes longer than the spawn helper waits on a busy machine: listen first, and let the
  // parent wait for the seed file, written whole (a rename) once every session exists.
  fs.writeFileSync(`${seedFile}.part`, JSON.stringify(await seed(ctx)));
  fs.renameSync(`${seedFile}.part`, seedFile);
  stopOnSigterm(server, ctx, dataDir);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
