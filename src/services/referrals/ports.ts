/**
 * Repository interface of confidential referrals. src/db implements it; services see no SQL.
 * Nothing here searches referrals by person or text: the only ways in are a referral's id (with
 * the access check in access.ts), the list of one user's assigned referrals, and counts.
 */
import type { ReferralInput, ReferralOutput, ReferralSummary } from '../../contracts/referrals.ts';

export interface NewReferral {
  id: string;
  person_id: string | null;
  anonymous_code: string | null;
  incident_type: ReferralInput['incident_type'];
  incident_on: string;
  district: string;
  case_worker_id: string;
  supervisor_id: string;
  consent: { given_on: string; method: string } | null;
  consent_override: { reason: string; by: string } | null;
  services: { kind: string; name: string; service_point_id: string | null }[];
  created_by: string | null;
}

export interface ReferralCount {
  incident_type: string;
  department: string;
  month: string;
  count: number;
}

export interface ReferralsRepo {
  find(id: string): Promise<ReferralOutput | undefined>;
  insert(row: NewReferral): Promise<void>;
  /** Referrals where the user is the case worker or the supervisor, newest first. */
  listAssigned(userId: string): Promise<ReferralSummary[]>;
  /** Adds a follow-up and moves an open referral to in_progress. */
  insertFollowUp(row: { id: string; referral_id: string; happened_on: string; note: string; created_by: string | null; at: Date }): Promise<void>;
  /** Closes on the version read; false on a stale version. */
  close(id: string, change: { version: number; reason: string; at: Date }): Promise<boolean>;
  /** Hands the referral to another case worker on the version read; false on a stale version. */
  assign(id: string, change: { version: number; case_worker_id: string; at: Date }): Promise<boolean>;
  insertBreakGlass(row: { id: string; referral_id: string; user_id: string; reason: string; at: Date }): Promise<void>;
  insertNotification(row: { id: string; recipient_id: string; referral_id: string; kind: 'break_glass'; message: string; at: Date }): Promise<void>;
  /** Newest first, each with the break-glass read that raised it (same referral and time): who and why. */
  notifications(recipientId: string): Promise<{ id: string; referral_id: string; kind: 'break_glass'; message: string; created_at: string; read_at: string | null; by_name: string | null; reason: string | null }[]>;
  /** Marks the recipient's own notification read (the first time only); false when it is not hers or does not exist. */
  markNotificationRead(id: string, recipientId: string, at: Date): Promise<boolean>;
  /** Referrals counted by incident type, department (UBIGEO's first two digits) and month of the incident. */
  counts(range: { from: string | null; to: string | null }): Promise<ReferralCount[]>;
  /** Whether the service point exists in the directory. */
  servicePointExists(id: string): Promise<boolean>;
}

export interface ReferralRepos {
  referrals: ReferralsRepo;
}
