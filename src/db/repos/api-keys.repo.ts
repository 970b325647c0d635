/** Partner API keys: stored by public prefix with a SHA-256 of the secret. */
import { desc, eq } from 'drizzle-orm';
import type { Role } from '../../domain/auth/roles.ts';
import type { ApiKeyRecord, ApiKeysRepo } from '../../services/ports.ts';
import type { Db } from '../client.ts';
import { apiKeys } from '../schema/index.ts';

const asKey = (row: typeof apiKeys.$inferSelect): ApiKeyRecord => ({ ...row, role: row.role as Role });

export function apiKeysRepo(db: Db): ApiKeysRepo {
  return {
    async insert(key) {
      const [row] = await db.insert(apiKeys).values(key).returning();
      return asKey(row!);
    },
    async findByPrefix(prefix) {
      const [row] = await db.select().from(apiKeys).where(eq(apiKeys.prefix, prefix));
      return row && asKey(row);
    },
    async findById(id) {
      const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
      return row && asKey(row);
    },
    async list() {
      const rows = await db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt));
      return rows.map(asKey);
    },
    async revoke(id, at) {
      const [row] = await db.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, id)).returning();
      return row && asKey(row);
    },
    async touch(id, at) {
      await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id));
    },
  };
}
