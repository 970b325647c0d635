/**
 * Logical backup and restore of the whole database, identical for PGlite and PostgreSQL:
 * a gzip file of JSON lines — a header (format, schema level), then each table's rows as
 * PostgreSQL renders them with row_to_json, so every type round-trips exactly.
 * Restore replaces everything in one transaction: it either all lands or nothing changes.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { OperatorError } from '../domain/errors.ts';
import type { Db } from './client.ts';
import { queryRows } from './rows.ts';
import { listTables, schemaLevel, type TableInfo } from './catalog.ts';

export const BACKUP_FORMAT = 'pallay-backup-1';
const PAGE = 2000;

import type { BackupPort, BackupSummary } from '../services/maintenance.service.ts';

/** Yields the file's lines; `onRows` hears how many rows each table line carries. */
async function* backupLines(db: Db, tables: TableInfo[], level: string, onRows: (n: number) => void): AsyncGenerator<string> {
  yield JSON.stringify({ format: BACKUP_FORMAT, schema_level: level, created_at: new Date().toISOString(), tables: tables.map((t) => t.name) }) + '\n';
  for (const table of tables) {
    const order = table.primaryKey.map((c) => sql.identifier(c));
    for (let offset = 0; ; offset += PAGE) {
      const rows = await queryRows<{ j: string }>(db, sql`
        SELECT row_to_json(t)::text AS j FROM ${sql.identifier(table.name)} t
        ORDER BY ${sql.join(order, sql`, `)} LIMIT ${PAGE} OFFSET ${offset}`);
      if (rows.length === 0) break;
      onRows(rows.length);
      yield JSON.stringify({ table: table.name, rows: rows.map((r) => JSON.parse(r.j)) }) + '\n';
      if (rows.length < PAGE) break;
    }
  }
}

/** Writes a consistent snapshot (one read transaction) of every table to `file`. */
export async function writeBackup(db: Db, file: string): Promise<BackupSummary> {
  const tmp = `${file}.partial`;
  let rowCount = 0;
  const summary = await db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const tables = await listTables(txDb);
    const level = await schemaLevel(txDb);
    const lines = backupLines(txDb, tables, level, (n) => (rowCount += n));
    await pipeline(Readable.from(lines), createGzip(), fs.createWriteStream(tmp));
    return { tables: tables.length, rows: rowCount, schemaLevel: level };
  });
  fs.renameSync(tmp, file);
  return summary;
}

export class BackupFormatError extends OperatorError {}

async function* readBackupLines(file: string): AsyncGenerator<Record<string, unknown>> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (!line) continue;
    try {
      yield JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new BackupFormatError(`${file}: line ${number} is not valid JSON; the backup is damaged`);
    }
  }
}

/** Replaces the whole database with the backup's content, in one transaction. */
export async function restoreBackup(db: Db, file: string): Promise<BackupSummary> {
  if (!fs.existsSync(file)) throw new BackupFormatError(`${file}: no such file`);
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const tables = await listTables(txDb);
    const byName = new Map(tables.map((t) => [t.name, t]));
    const level = await schemaLevel(txDb);
    let header: Record<string, unknown> | undefined;
    let rows = 0;
    const heldBack = new Map<string, Record<string, unknown>[]>();
    for await (const record of readBackupLines(file)) {
      if (!header) {
        header = record;
        checkHeader(header, level, file);
        await txDb.execute(sql`TRUNCATE ${sql.join(tables.map((t) => sql.identifier(t.name)), sql`, `)} RESTART IDENTITY CASCADE`);
        continue;
      }
      const table = byName.get(String(record.table));
      if (!table || !Array.isArray(record.rows)) throw new BackupFormatError(`${file}: unknown table "${String(record.table)}"`);
      const tableRows = record.rows as Record<string, unknown>[];
      await insertRows(txDb, table, tableRows);
      const links = heldBackLinks(table, tableRows);
      if (links.length > 0) heldBack.set(table.name, [...(heldBack.get(table.name) ?? []), ...links]);
      rows += tableRows.length;
    }
    if (!header) throw new BackupFormatError(`${file}: empty file`);
    for (const table of tables) await restoreDeferredReferences(txDb, table, heldBack.get(table.name) ?? []);
    for (const table of tables) await resetSequences(txDb, table);
    return { tables: tables.length, rows, schemaLevel: level };
  });
}

function checkHeader(header: Record<string, unknown>, level: string, file: string): void {
  if (header.format !== BACKUP_FORMAT) throw new BackupFormatError(`${file}: not a Pallay backup (format "${String(header.format)}")`);
  if (header.schema_level !== level) {
    throw new BackupFormatError(`${file}: made at schema level ${String(header.schema_level)}, this database is at ${level}; run the matching Pallay version`);
  }
}

/** Inserts rows with deferred references held back, so a row may arrive before the one it points to. */
async function insertRows(db: Db, table: TableInfo, rows: Record<string, unknown>[]): Promise<void> {
  const held = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, table.deferredColumns.includes(k) ? null : v])));
  const overriding = table.hasIdentityAlways ? sql`OVERRIDING SYSTEM VALUE` : sql``;
  await db.execute(sql`
    INSERT INTO ${sql.identifier(table.name)} ${overriding}
    SELECT * FROM json_populate_recordset(NULL::${sql.identifier(table.name)}, ${JSON.stringify(held)}::json)`);
}

/** Just the key and the held-back values of rows that have any, to set after loading. */
function heldBackLinks(table: TableInfo, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  if (table.deferredColumns.length === 0) return [];
  const keep = [...table.primaryKey, ...table.deferredColumns];
  return rows
    .filter((row) => table.deferredColumns.some((c) => row[c] !== null && row[c] !== undefined))
    .map((row) => Object.fromEntries(keep.map((c) => [c, row[c]])));
}

/** Sets the references that insertRows held back, once every table is loaded. */
async function restoreDeferredReferences(db: Db, table: TableInfo, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const key = table.primaryKey;
  for (const column of table.deferredColumns) {
    await db.execute(sql`
      UPDATE ${sql.identifier(table.name)} t SET ${sql.identifier(column)} = s.${sql.identifier(column)}
      FROM json_populate_recordset(NULL::${sql.identifier(table.name)}, ${JSON.stringify(rows)}::json) s
      WHERE ${sql.join(key.map((k) => sql`t.${sql.identifier(k)} = s.${sql.identifier(k)}`), sql` AND `)}
        AND s.${sql.identifier(column)} IS NOT NULL`);
  }
}

async function resetSequences(db: Db, table: TableInfo): Promise<void> {
  for (const column of table.sequenceColumns) {
    await db.execute(sql`
      SELECT setval(pg_get_serial_sequence(${table.name}, ${column}),
                    COALESCE((SELECT max(${sql.identifier(column)}) FROM ${sql.identifier(table.name)}), 0) + 1, false)`);
  }
}

export function backupPort(db: Db): BackupPort {
  return { write: (file) => writeBackup(db, file), restore: (file) => restoreBackup(db, file) };
}
