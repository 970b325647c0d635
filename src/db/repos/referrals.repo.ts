/**
 * Confidential referrals in SQL. Reads return the full referral with its services and follow-ups;
 * the access rule is the service's (services/referrals/access.ts). Counts group by incident type,
 * department and month only, never by anything that names a woman.
 */
import { sql } from 'drizzle-orm';
import type { ReferralOutput, ReferralSummary } from '../../contracts/referrals.ts';
import type { ReferralCount, ReferralsRepo } from '../../services/referrals/ports.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';
import { referralBreakGlass, referralFollowUps, referralNotifications, referrals, referralServices } from '../schema/referrals.ts';

const SUMMARY = sql`id, incident_type, incident_on::text AS incident_on, district, status, case_worker_id, supervisor_id`;

export function referralsRepo(db: Db): ReferralsRepo {
  return {
    async find(id) {
      const [r] = await queryRows<ReferralOutput & { consent_on: string | null; consent_method: string | null; override_reason: string | null; override_by: string | null }>(db, sql`
        SELECT id, version, person_id, anonymous_code, incident_type, incident_on::text AS incident_on, district, status, case_worker_id, supervisor_id,
          consent_on::text AS consent_on, consent_method, override_reason, override_by, closing_reason, created_by, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at
        FROM referrals WHERE id = ${id}`);
      if (!r) return undefined;
      const services = await queryRows<ReferralOutput['services'][number]>(db, sql`
        SELECT kind, name, service_point_id FROM referral_services WHERE referral_id = ${id} ORDER BY position`);
      const followUps = await queryRows<ReferralOutput['follow_ups'][number]>(db, sql`
        SELECT id, happened_on::text AS happened_on, note, created_by FROM referral_follow_ups WHERE referral_id = ${id} ORDER BY happened_on, created_at`);
      const { consent_on, consent_method, override_reason, override_by, ...rest } = r;
      return {
        ...rest,
        consent: consent_on && consent_method ? { given_on: consent_on, method: consent_method as 'verbal' } : null,
        consent_override: override_reason && override_by ? { reason: override_reason, by: override_by } : null,
        services, follow_ups: followUps,
      };
    },
    async insert(r) {
      await db.insert(referrals).values({
        id: r.id, personId: r.person_id, anonymousCode: r.anonymous_code, incidentType: r.incident_type, incidentOn: r.incident_on, district: r.district,
        caseWorkerId: r.case_worker_id, supervisorId: r.supervisor_id, consentOn: r.consent?.given_on ?? null, consentMethod: r.consent?.method ?? null,
        overrideReason: r.consent_override?.reason ?? null, overrideBy: r.consent_override?.by ?? null, createdBy: r.created_by,
      });
      if (r.services.length) {
        await db.insert(referralServices).values(r.services.map((s, position) => ({ referralId: r.id, position, kind: s.kind, name: s.name, servicePointId: s.service_point_id })));
      }
    },
    async listAssigned(userId) {
      return queryRows<ReferralSummary>(db, sql`SELECT ${SUMMARY} FROM referrals WHERE case_worker_id = ${userId} OR supervisor_id = ${userId} ORDER BY created_at DESC, id DESC`);
    },
    async insertFollowUp(f) {
      await db.insert(referralFollowUps).values({ id: f.id, referralId: f.referral_id, happenedOn: f.happened_on, note: f.note, createdBy: f.created_by });
      await db.execute(sql`UPDATE referrals SET status = 'in_progress', version = version + 1, updated_at = ${f.at.toISOString()} WHERE id = ${f.referral_id} AND status = 'open'`);
    },
    async close(id, c) {
      const rows = await queryRows(db, sql`
        UPDATE referrals SET status = 'closed', closing_reason = ${c.reason}, closed_at = ${c.at.toISOString()}, version = version + 1, updated_at = ${c.at.toISOString()}
        WHERE id = ${id} AND version = ${c.version} RETURNING id`);
      return rows.length === 1;
    },
    async assign(id, c) {
      const rows = await queryRows(db, sql`
        UPDATE referrals SET case_worker_id = ${c.case_worker_id}, version = version + 1, updated_at = ${c.at.toISOString()}
        WHERE id = ${id} AND version = ${c.version} RETURNING id`);
      return rows.length === 1;
    },
    async insertBreakGlass(b) {
      await db.insert(referralBreakGlass).values({ id: b.id, referralId: b.referral_id, userId: b.user_id, reason: b.reason, at: b.at });
    },
    async insertNotification(n) {
      await db.insert(referralNotifications).values({ id: n.id, recipientId: n.recipient_id, referralId: n.referral_id, kind: n.kind, message: n.message, createdAt: n.at });
    },
    async notifications(recipientId) {
      return queryRows(db, sql`
        SELECT n.id, n.referral_id, n.kind, n.message, to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
          to_char(n.read_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS read_at, u.display_name AS by_name, b.reason
        FROM referral_notifications n
        LEFT JOIN LATERAL (
          SELECT user_id, reason FROM referral_break_glass g WHERE g.referral_id = n.referral_id AND g.at = n.created_at ORDER BY g.id LIMIT 1
        ) b ON n.kind = 'break_glass'
        LEFT JOIN users u ON u.id = b.user_id
        WHERE n.recipient_id = ${recipientId} ORDER BY n.created_at DESC, n.id DESC`);
    },
    async markNotificationRead(id, recipientId, at) {
      const rows = await queryRows(db, sql`
        UPDATE referral_notifications SET read_at = COALESCE(read_at, ${at.toISOString()}::timestamptz)
        WHERE id = ${id} AND recipient_id = ${recipientId} RETURNING id`);
      return rows.length === 1;
    },
    async counts({ from, to }) {
      return queryRows<ReferralCount>(db, sql`
        SELECT incident_type, substr(district, 1, 2) AS department, to_char(incident_on, 'YYYY-MM') AS month, count(*)::int AS count
        FROM referrals
        WHERE (${from}::text IS NULL OR to_char(incident_on, 'YYYY-MM') >= ${from}) AND (${to}::text IS NULL OR to_char(incident_on, 'YYYY-MM') <= ${to})
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
    },
    async servicePointExists(id) {
      return (await queryRows(db, sql`SELECT 1 FROM service_points WHERE id = ${id}`)).length === 1;
    },
  };
}
