/**
 * Single-row insert and read by primary key, on PGlite and on PostgreSQL: the organisations
 * repository (Drizzle, as services use it through the Store) against hand-written SQL on the
 * raw driver, same database, same statement shape (the repository's insert returns the row, so
 * the baseline's INSERT does too). The ratio is the cost of our data layer per call.
 * Rounds alternate which side goes first, so drift and caches hit both alike.
 */
import { uuidv7 } from 'uuidv7';
import { createStore } from '../src/db/store.ts';
import type { OrganisationsRepo } from '../src/services/ports.ts';
import { makeFigure, skippedFigure, type Figure, type FigureSpec, type Suite } from './support/figure.ts';
import { openMigratedPglite, openMigratedPostgres } from './support/migrated-db.ts';
import { hasPostgresBinaries } from './support/postgres.ts';

const WARMUP_OPS = 200;
const ROUNDS = 5;
const OPS_PER_ROUND = 400;

const RAW_INSERT = 'INSERT INTO organisations (id, name, kind, parent_id) VALUES ($1, $2, $3, $4) RETURNING id, name, kind, parent_id';
const RAW_READ = 'SELECT id, name, kind, parent_id FROM organisations WHERE id = $1';

interface Engine {
  key: 'pglite' | 'postgres';
  baselineName: string;
  repo: OrganisationsRepo;
  raw(text: string, params: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

async function openPgliteEngine(): Promise<Engine> {
  const { database, client, close } = await openMigratedPglite('pallay-bench-db-');
  return { key: 'pglite', baselineName: 'raw PGlite query', repo: createStore(database.db).repos.organisations, raw: (text, params) => client.query(text, params), close };
}

async function openPostgresEngine(serverUrl: string): Promise<Engine> {
  const { database, client, close } = await openMigratedPostgres(serverUrl);
  return { key: 'postgres', baselineName: 'raw pg.Client query', repo: createStore(database.db).repos.organisations, raw: (text, params) => client.query(text, params), close };
}

/** Microseconds per call of `op` over `count` sequential calls. */
async function microsPerOp(count: number, op: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await op(i);
  return ((performance.now() - started) * 1000) / count;
}

/** Runs both sides for ROUNDS rounds, alternating which goes first; per-round µs/op. */
async function alternate(figure: (i: number) => Promise<unknown>, baseline: (i: number) => Promise<unknown>): Promise<[number[], number[]]> {
  await microsPerOp(WARMUP_OPS, figure);
  await microsPerOp(WARMUP_OPS, baseline);
  const values: number[] = [];
  const baselines: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      values.push(await microsPerOp(OPS_PER_ROUND, figure));
      baselines.push(await microsPerOp(OPS_PER_ROUND, baseline));
    } else {
      baselines.push(await microsPerOp(OPS_PER_ROUND, baseline));
      values.push(await microsPerOp(OPS_PER_ROUND, figure));
    }
  }
  return [values, baselines];
}

function insertSpec(key: Engine['key'], baselineName: string): FigureSpec {
  return { name: `db.${key}.insert_us`, unit: 'µs', better: 'lower', baselineName };
}

function readSpec(key: Engine['key'], baselineName: string): FigureSpec {
  return { name: `db.${key}.read_us`, unit: 'µs', better: 'lower', baselineName };
}

/** Inserts fresh rows; returns the figure and the ids written, for the read figure. */
async function measureInsert(engine: Engine, ids: string[]): Promise<Figure> {
  const viaRepo = (i: number) => {
    const id = uuidv7();
    ids.push(id);
    return engine.repo.insert({ id, name: `Bench organisation ${i}`, kind: 'association', parentId: null });
  };
  const viaRaw = (i: number) => engine.raw(RAW_INSERT, [uuidv7(), `Bench organisation ${i}`, 'association', null]);
  const [values, baselines] = await alternate(viaRepo, viaRaw);
  return makeFigure(insertSpec(engine.key, engine.baselineName), values, baselines);
}

/** Reads existing rows by id, cycling over `ids`; both sides read the same rows. */
async function measureRead(engine: Engine, ids: readonly string[]): Promise<Figure> {
  const idAt = (i: number) => ids[(i * 7919) % ids.length]!;
  const viaRepo = async (i: number) => {
    if (!(await engine.repo.findById(idAt(i)))) throw new Error('benchmark row not found');
  };
  const viaRaw = (i: number) => engine.raw(RAW_READ, [idAt(i)]);
  const [values, baselines] = await alternate(viaRepo, viaRaw);
  return makeFigure(readSpec(engine.key, engine.baselineName), values, baselines);
}

async function measureEngine(open: () => Promise<Engine>): Promise<Figure[]> {
  const engine = await open();
  try {
    const ids: string[] = [];
    const insert = await measureInsert(engine, ids);
    return [insert, await measureRead(engine, ids)];
  } finally {
    await engine.close();
  }
}

function postgresSkipReason(): string {
  return hasPostgresBinaries() ? 'DATABASE_URL not set' : 'no PostgreSQL binaries';
}

export const dbSingleRowSuite: Suite = {
  title: 'single-row insert and read, PGlite and PostgreSQL',
  async run() {
    const figures = await measureEngine(openPgliteEngine);
    const serverUrl = process.env.DATABASE_URL;
    if (serverUrl) return [...figures, ...(await measureEngine(() => openPostgresEngine(serverUrl)))];
    const reason = postgresSkipReason();
    return [...figures, skippedFigure(insertSpec('postgres', 'raw pg.Client query'), reason), skippedFigure(readSpec('postgres', 'raw pg.Client query'), reason)];
  },
};
