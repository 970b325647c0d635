/** TOTP second factors in SQL: one row per user, the accepted step moved forward atomically. */
import { eq, sql } from 'drizzle-orm';
import type { TotpFactorsRepo } from '../../services/accounts/totp-ports.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';
import { totpFactors } from '../schema/referrals.ts';

export function totpFactorsRepo(db: Db): TotpFactorsRepo {
  return {
    async find(userId) {
      const [row] = await db.select().from(totpFactors).where(eq(totpFactors.userId, userId));
      return row ? { userId: row.userId, secret: row.secret, confirmedAt: row.confirmedAt, lastStep: row.lastStep } : undefined;
    },
    async upsertPending(userId, secret) {
      await db.insert(totpFactors).values({ userId, secret }).onConflictDoUpdate({ target: totpFactors.userId, set: { secret, confirmedAt: null, lastStep: null } });
    },
    async confirm(userId, at, step) {
      await db.update(totpFactors).set({ confirmedAt: at, lastStep: step }).where(eq(totpFactors.userId, userId));
    },
    async useStep(userId, step) {
      const rows = await queryRows(db, sql`UPDATE totp_factors SET last_step = ${step} WHERE user_id = ${userId} AND (last_step IS NULL OR last_step < ${step}) RETURNING user_id`);
      return rows.length === 1;
    },
    async remove(userId) {
      await db.delete(totpFactors).where(eq(totpFactors.userId, userId));
    },
  };
}
