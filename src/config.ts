/**
 * Configuration from the environment, read once at the edge (CLI and server start-up).
 * Nothing below the composition root reads process.env.
 */
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Folder for the embedded database, its lock, backups and uploads. */
  dataDir: string;
  /** When set, use this PostgreSQL server instead of the embedded database. */
  databaseUrl: string | undefined;
  defaultLanguage: 'es' | 'qu' | 'ay' | 'en';
  /** Public origin used in printed links, e.g. the first-admin setup link. */
  publicUrl: string;
  /** Minutes of inactivity after which a session ends. */
  sessionIdleMinutes: number;
  /** How many automatic backups the embedded mode keeps in the data folder. */
  backupKeep: number;
  /** Hours between automatic backups in embedded mode; 0 turns them off. */
  backupIntervalHours: number;
  logLevel: string;
  /** Serve cookies with the Secure flag (set automatically when publicUrl is https). */
  secureCookies: boolean;
  /** Behind one reverse proxy: take the client address from the last X-Forwarded-For entry (and the scheme from X-Forwarded-Proto). */
  trustProxy: boolean;
  /** Requests per client address per minute to the public /verify pages and GET /api/verify/…; 0 turns the limit off. */
  verifyRatePerMinute: number;
  /** Production ledger: the discount above which a sale is flagged, and kg per bag for estimates. */
  production: { discountThreshold: number; kgPerBag: number };
}

function fractionFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max) throw new Error(`${name} must be a number above 0 and at most ${max}, got "${raw}"`);
  return value;
}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = intFrom(env, 'PORT', 3000);
  const lang = env.PALLAY_LANG ?? 'es';
  if (!['es', 'qu', 'ay', 'en'].includes(lang)) throw new Error(`PALLAY_LANG must be es, qu, ay or en, got "${lang}"`);
  const publicUrl = (env.PALLAY_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.PALLAY_DATA_DIR ?? './pallay-data'),
    databaseUrl: env.DATABASE_URL || undefined,
    defaultLanguage: lang as Config['defaultLanguage'],
    publicUrl,
    sessionIdleMinutes: intFrom(env, 'PALLAY_SESSION_IDLE_MINUTES', 30),
    backupKeep: intFrom(env, 'PALLAY_BACKUP_KEEP', 7),
    backupIntervalHours: intFrom(env, 'PALLAY_BACKUP_INTERVAL_HOURS', 24),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    secureCookies: publicUrl.startsWith('https://') || env.PALLAY_SECURE_COOKIES === '1',
    trustProxy: env.PALLAY_TRUST_PROXY === '1',
    verifyRatePerMinute: intFrom(env, 'PALLAY_VERIFY_RATE_PER_MINUTE', 30),
    production: {
      discountThreshold: fractionFrom(env, 'PALLAY_DISCOUNT_THRESHOLD', 0.2, 1),
      kgPerBag: fractionFrom(env, 'PALLAY_KG_PER_BAG', 1000 / 15, 1000),
    },
  };
}
