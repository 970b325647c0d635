/** Users and their sessions, login failures and setup tokens: the account tables. */
import { and, count, eq, gt, gte, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Role } from '../../domain/auth/roles.ts';
import type { LoginFailuresRepo, SessionsRepo, SetupTokensRepo, UserRecord, UsersRepo } from '../../services/ports.ts';
import type { Db } from '../client.ts';
import { loginFailures, sessions, setupTokens, users } from '../schema/index.ts';

const asUser = (row: typeof users.$inferSelect): UserRecord => ({ ...row, role: row.role as Role });

export function usersRepo(db: Db): UsersRepo {
  return {
    async findById(id) {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row && asUser(row);
    },
    async findByUsername(username) {
      const [row] = await db.select().from(users).where(eq(users.username, username));
      return row && asUser(row);
    },
    async list({ organisationIds }) {
      const where = organisationIds ? inArray(users.organisationId, [...organisationIds]) : undefined;
      const rows = await db.select().from(users).where(where).orderBy(users.username);
      return rows.map(asUser);
    },
    async insert(user) {
      const [row] = await db.insert(users).values(user).returning();
      return asUser(row!);
    },
    async setDisabled(id, at) {
      const [row] = await db
        .update(users)
        .set({ disabledAt: at, updatedAt: sql`now()`, version: sql`${users.version} + 1` })
        .where(eq(users.id, id))
        .returning();
      return row && asUser(row);
    },
    async setPasswordHash(id, passwordHash) {
      await db.update(users).set({ passwordHash, updatedAt: sql`now()`, version: sql`${users.version} + 1` }).where(eq(users.id, id));
    },
    async count() {
      const [row] = await db.select({ n: count() }).from(users);
      return row?.n ?? 0;
    },
  };
}

export function sessionsRepo(db: Db): SessionsRepo {
  return {
    async insert(session) {
      await db.insert(sessions).values(session);
    },
    async findActive(tokenHash, now) {
      const [row] = await db
        .select()
        .from(sessions)
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
      return row;
    },
    async touch(tokenHash, lastSeenAt, expiresAt) {
      await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.tokenHash, tokenHash));
    },
    async delete(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },
    async deleteForUser(userId) {
      await db.delete(sessions).where(eq(sessions.userId, userId));
    },
    async deleteForUserExcept(userId, keepTokenHash) {
      const which = keepTokenHash === null ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash));
      const rows = await db.delete(sessions).where(which).returning({ t: sessions.tokenHash });
      return rows.length;
    },
    async deleteExpired(now) {
      const rows = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ t: sessions.tokenHash });
      return rows.length;
    },
  };
}

export function loginFailuresRepo(db: Db): LoginFailuresRepo {
  return {
    async record(username, ip, at) {
      await db.insert(loginFailures).values({ username, ip, at });
    },
    async countSince(username, ip, since) {
      const [row] = await db
        .select({
          byUsername: sql<number>`count(*) FILTER (WHERE ${loginFailures.username} = ${username})::int`,
          byIp: sql<number>`count(*) FILTER (WHERE ${loginFailures.ip} = ${ip})::int`,
        })
        .from(loginFailures)
        .where(gte(loginFailures.at, since));
      return { byUsername: row?.byUsername ?? 0, byIp: row?.byIp ?? 0 };
    },
    async clearForUsername(username) {
      await db.delete(loginFailures).where(eq(loginFailures.username, username));
    },
    async deleteBefore(at) {
      const rows = await db.delete(loginFailures).where(lt(loginFailures.at, at)).returning({ id: loginFailures.id });
      return rows.length;
    },
  };
}

export function setupTokensRepo(db: Db): SetupTokensRepo {
  return {
    async insert(tokenHash, createdAt, expiresAt) {
      await db.insert(setupTokens).values({ tokenHash, createdAt, expiresAt });
    },
    async isValid(tokenHash, now) {
      const [row] = await db
        .select({ t: setupTokens.tokenHash })
        .from(setupTokens)
        .where(and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, now)));
      return row !== undefined;
    },
    async markUsed(tokenHash, at) {
      const rows = await db
        .update(setupTokens)
        .set({ usedAt: at })
        .where(and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt), gt(setupTokens.expiresAt, at)))
        .returning({ t: setupTokens.tokenHash });
      return rows.length === 1;
    },
  };
}
