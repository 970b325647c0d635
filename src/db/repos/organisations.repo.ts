/** Organisations as a tree: recursive queries give a node's ancestors and its subtree. */
import { eq, sql } from 'drizzle-orm';
import type { OrganisationsRepo } from '../../services/ports.ts';
import type { Db } from '../client.ts';
import { organisations } from '../schema/index.ts';
import { queryRows } from '../rows.ts';

export function organisationsRepo(db: Db): OrganisationsRepo {
  return {
    async findById(id) {
      const [row] = await db
        .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, parentId: organisations.parentId })
        .from(organisations)
        .where(eq(organisations.id, id));
      return row;
    },
    async ancestorIds(id) {
      const rows = await queryRows<{ id: string }>(db, sql`
        WITH RECURSIVE up(id, parent_id, depth) AS (
          SELECT id, parent_id, 0 FROM organisations WHERE id = ${id}
          UNION ALL
          SELECT o.id, o.parent_id, up.depth + 1 FROM organisations o JOIN up ON o.id = up.parent_id
          WHERE up.depth < 64
        )
        SELECT id FROM up ORDER BY depth`);
      return rows.map((r) => r.id);
    },
    async subtreeIds(id) {
      const rows = await queryRows<{ id: string }>(db, sql`
        WITH RECURSIVE down(id, depth) AS (
          SELECT id, 0 FROM organisations WHERE id = ${id}
          UNION ALL
          SELECT o.id, down.depth + 1 FROM organisations o JOIN down ON o.parent_id = down.id
          WHERE down.depth < 64
        )
        SELECT id FROM down`);
      return rows.map((r) => r.id);
    },
    async insert(org) {
      const [row] = await db.insert(organisations).values(org).returning();
      return { id: row!.id, name: row!.name, kind: row!.kind, parentId: row!.parentId };
    },
  };
}
