/**
 * What the database itself says about our tables: their order by foreign keys (parents
 * first), primary keys, self-references, identity and serial columns, and the schema level
 * (the last applied migration). Backup and restore use it so they never need a table list
 * kept by hand.
 */
import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';
import { queryRows } from './rows.ts';

export interface TableInfo {
  name: string;
  primaryKey: string[];
  /**
   * Nullable foreign-key columns that restore fills in only after every table is loaded:
   * self-references (organisations.parent_id) and one link of each cycle (users ↔ people).
   */
  deferredColumns: string[];
  sequenceColumns: string[];
  hasIdentityAlways: boolean;
}

export async function listTables(db: Db): Promise<TableInfo[]> {
  const tables = await queryRows<{ name: string; pk: string[] | null; seqcols: string[] | null; always: boolean }>(db, sql`
    SELECT c.relname::text AS name,
      (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_index i
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
        WHERE i.indrelid = c.oid AND i.indisprimary) AS pk,
      (SELECT array_agg(a.attname::text) FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          AND (a.attidentity <> '' OR pg_get_serial_sequence(c.relname, a.attname) IS NOT NULL)) AS seqcols,
      EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attidentity = 'a') AS always
    FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`);
  const links = await queryRows<{ child: string; parent: string; col: string; nullable: boolean }>(db, sql`
    SELECT ch.relname::text AS child, pa.relname::text AS parent, a.attname::text AS col, NOT a.attnotnull AS nullable
    FROM pg_constraint k
    JOIN pg_class ch ON ch.oid = k.conrelid
    JOIN pg_class pa ON pa.oid = k.confrelid
    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY(k.conkey)
    WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`);
  const infos = tables.map((t) => ({
    name: t.name,
    primaryKey: t.pk ?? [],
    sequenceColumns: t.seqcols ?? [],
    hasIdentityAlways: t.always,
    deferredColumns: links.filter((l) => l.child === t.name && l.parent === t.name).map((l) => l.col),
  }));
  return sortParentsFirst(infos, links.filter((l) => l.child !== l.parent));
}

type Link = { child: string; parent: string; col: string; nullable: boolean };

/** Parents before children; a cycle is broken at a table whose pending links are all nullable. */
function sortParentsFirst(tables: TableInfo[], links: Link[]): TableInfo[] {
  const sorted: TableInfo[] = [];
  const placed = new Set<string>();
  let remaining = tables;
  const pending = (t: TableInfo) => links.filter((l) => l.child === t.name && !placed.has(l.parent) && !t.deferredColumns.includes(l.col));
  while (remaining.length > 0) {
    let ready = remaining.filter((t) => pending(t).length === 0);
    if (ready.length === 0) {
      const breakable = remaining.find((t) => pending(t).every((l) => l.nullable));
      if (!breakable) throw new Error(`Foreign keys form a cycle of required columns among: ${remaining.map((t) => t.name).join(', ')}`);
      breakable.deferredColumns.push(...pending(breakable).map((l) => l.col));
      ready = [breakable];
    }
    for (const t of ready) {
      sorted.push(t);
      placed.add(t.name);
    }
    remaining = remaining.filter((t) => !placed.has(t.name));
  }
  return sorted;
}

/** The hash of the last applied migration: two databases at the same level have the same tables. */
export async function schemaLevel(db: Db): Promise<string> {
  const [row] = await queryRows<{ hash: string; n: number }>(db, sql`
    SELECT hash, (SELECT count(*)::int FROM drizzle.__drizzle_migrations) AS n
    FROM drizzle.__drizzle_migrations ORDER BY created_at DESC, id DESC LIMIT 1`);
  return row ? `${row.n}:${row.hash.slice(0, 12)}` : '0';
}
