/**
 * Confidential referrals on the wire. The full shape (ReferralOutput) travels only to the
 * assigned case worker, her supervisor, and an admin on a break-glass read; a promoter who opens a
 * referral gets a receipt (ReferralReceipt) and nothing about the woman back. Consent is either
 * `consent` (date and method) or `consent_override` (a supervisor's written reason); the service
 * names the field when both are missing. Statistics carry counts only, small cells as null.
 */
import { z } from 'zod';
import { SafeText, Uuid } from './common.ts';
import { IsoDate, Ubigeo } from './registry.ts';

/** The six GBVIMS core incident types (docs/referrals.md). */
export const INCIDENT_TYPES = ['rape', 'sexual_assault', 'physical_assault', 'forced_marriage', 'denial_of_resources', 'psychological_abuse'] as const;
export const CONSENT_METHODS = ['verbal', 'written', 'thumbprint'] as const;
export const REFERRAL_STATUSES = ['open', 'in_progress', 'closed'] as const;
export const REFERRED_SERVICE_KINDS = ['cem', 'line_100', 'police', 'health', 'shelter', 'legal_aid', 'network_contact', 'other'] as const;
/** A written reason (override, break-glass) must say something: at least 20 characters. */
const Reason = SafeText(2000).refine((s) => s.length >= 20, 'must be a written reason of at least 20 characters');

export const ReferredService = z.strictObject({
  kind: z.enum(REFERRED_SERVICE_KINDS),
  name: SafeText(200),
  /** A point of the services directory, when the service is in it. */
  service_point_id: Uuid.nullable().optional(),
});

export const ReferralInput = z.strictObject({
  id: Uuid.optional(),
  person_id: Uuid.optional(),
  anonymous_code: z.string().regex(/^[A-Za-z0-9-]{4,24}$/, 'must be 4 to 24 letters, digits or dashes').optional(),
  incident_type: z.enum(INCIDENT_TYPES),
  incident_on: IsoDate,
  district: Ubigeo,
  services: z.array(ReferredService).max(20).default([]),
  /** Left out by a case worker: herself. */
  case_worker_id: Uuid.optional(),
  /** Left out by a supervisor: herself. */
  supervisor_id: Uuid.optional(),
  consent: z.strictObject({ given_on: IsoDate, method: z.enum(CONSENT_METHODS) }).optional(),
  consent_override: z.strictObject({ reason: Reason }).optional(),
});
export type ReferralInput = z.infer<typeof ReferralInput>;

export const ReferralReceipt = z.object({ id: Uuid, status: z.enum(REFERRAL_STATUSES), case_worker_id: Uuid, supervisor_id: Uuid });
export type ReferralReceipt = z.infer<typeof ReferralReceipt>;

export const FollowUpOutput = z.object({ id: Uuid, happened_on: z.string(), note: z.string(), created_by: Uuid.nullable() });
export const ReferralOutput = z.object({
  id: Uuid, version: z.number().int(), person_id: Uuid.nullable(), anonymous_code: z.string().nullable(),
  incident_type: z.enum(INCIDENT_TYPES), incident_on: z.string(), district: z.string(), status: z.enum(REFERRAL_STATUSES),
  case_worker_id: Uuid, supervisor_id: Uuid,
  consent: z.object({ given_on: z.string(), method: z.enum(CONSENT_METHODS) }).nullable(),
  consent_override: z.object({ reason: z.string(), by: Uuid }).nullable(),
  services: z.array(z.object({ kind: z.enum(REFERRED_SERVICE_KINDS), name: z.string(), service_point_id: Uuid.nullable() })),
  follow_ups: z.array(FollowUpOutput),
  closing_reason: z.string().nullable(),
  created_by: Uuid.nullable(),
  created_at: z.string(),
});
export type ReferralOutput = z.infer<typeof ReferralOutput>;
export const ReferralEnvelope = z.object({ referral: ReferralOutput });

export const ReferralSummary = ReferralOutput.pick({ id: true, incident_type: true, incident_on: true, district: true, status: true, case_worker_id: true, supervisor_id: true });
export type ReferralSummary = z.infer<typeof ReferralSummary>;
export const ReferralList = z.object({ items: z.array(ReferralSummary) });

export const FollowUpInput = z.strictObject({ id: Uuid.optional(), happened_on: IsoDate, note: SafeText(4000) });
export type FollowUpInput = z.infer<typeof FollowUpInput>;
export const CloseInput = z.strictObject({ closing_reason: SafeText(1000), version: z.number().int().positive() });
export type CloseInput = z.infer<typeof CloseInput>;
export const AssignInput = z.strictObject({ case_worker_id: Uuid, version: z.number().int().positive() });
export type AssignInput = z.infer<typeof AssignInput>;
export const BreakGlassInput = z.strictObject({ reason: Reason });
export type BreakGlassInput = z.infer<typeof BreakGlassInput>;

/** Who a referral can be handed to: active case workers and supervisors. */
export const StaffList = z.object({ items: z.array(z.object({ id: Uuid, display_name: z.string(), role: z.enum(['case_worker', 'case_supervisor']) })) });

export const NotificationList = z.object({
  items: z.array(z.object({
    id: Uuid, referral_id: Uuid, kind: z.literal('break_glass'), message: z.string(), created_at: z.string(), read_at: z.string().nullable(),
    /** The break-glass read behind it: who (display name) and her written reason, for screens to word in their own language. */
    by_name: z.string().nullable(), reason: z.string().nullable(),
  })),
});

export const StatsQuery = z.strictObject({
  from: z.string().regex(/^\d{4}-\d{2}$/, 'must be a month as YYYY-MM').optional(),
  to: z.string().regex(/^\d{4}-\d{2}$/, 'must be a month as YYYY-MM').optional(),
});
export type StatsQuery = z.infer<typeof StatsQuery>;
const Count = z.number().int().nullable();
/**
 * A two-way table of counts with its margins; null is a suppressed cell. By region, `columns`
 * are 2-digit department codes (UBIGEO) and `column_names` their names in the same order.
 * @example { "rows": ["physical_assault", …], "columns": ["21"], "column_names": ["Puno"], "cells": [[null], …], … }
 */
export const CountTable = z.object({
  rows: z.array(z.string()), columns: z.array(z.string()), column_names: z.array(z.string()).optional(),
  cells: z.array(z.array(Count)), row_totals: z.array(Count), column_totals: z.array(Count), total: Count,
});
export type CountTable = z.infer<typeof CountTable>;
export const ReferralStats = z.object({ min_cell: z.number().int(), by_type_and_region: CountTable, by_type_and_month: CountTable });
export type ReferralStats = z.infer<typeof ReferralStats>;
