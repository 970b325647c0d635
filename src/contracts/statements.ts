/**
 * Income statement contracts: a request for a woman's statement over a period (for herself or
 * a named lender, with her consent), the issued statement, and the public verification answer,
 * which carries initials and totals only — never the records behind them.
 */
import { z } from 'zod';
import { SafeText, Uuid } from './common.ts';
import { IsoDate } from './registry.ts';

export const STATEMENT_LANGUAGES = ['es', 'en'] as const;

/** @example { "person_id": "0190…", "from": "2026-01-01", "to": "2026-06-30", "recipient_organisation_id": "0190…" } */
export const StatementRequest = z.strictObject({
  id: Uuid.optional(),
  person_id: Uuid,
  from: IsoDate,
  to: IsoDate,
  /** The caja, cooperative or bank it is for; she must have consented in writing to share with it. */
  recipient_organisation_id: Uuid.nullable().optional(),
  language: z.enum(STATEMENT_LANGUAGES).default('es'),
});
export type StatementRequest = z.infer<typeof StatementRequest>;

export const StatementTotals = z.object({
  period_from: z.string(),
  period_to: z.string(),
  months: z.number().int(),
  lots: z.number().int(),
  lots_weight_kg: z.number(),
  sales: z.number().int(),
  sold_weight_kg: z.number(),
  fine_gold_g: z.number(),
  paid_pen: z.number(),
  reference_pen: z.number(),
  net_reference_pen: z.number(),
  monthly_average_income_pen: z.number(),
  discount_threshold: z.number(),
  sales_above_threshold: z.number().int(),
  share_above_threshold: z.number().nullable(),
  by_month: z.array(z.object({ month: z.string(), sales: z.number().int(), paid_pen: z.number() })),
  savings_pen: z.number().nullable(),
});
export type StatementTotals = z.infer<typeof StatementTotals>;

export const STATEMENT_STATUSES = ['valid', 'voided'] as const;

export const StatementOutput = z.object({
  id: Uuid,
  code: z.string(),
  verify_url: z.string(),
  person_id: Uuid,
  person_name: z.string(),
  period_from: z.string(),
  period_to: z.string(),
  recipient: z.object({ id: Uuid, name: z.string() }).nullable(),
  issuer_name: z.string(),
  issued_at: z.string(),
  language: z.enum(STATEMENT_LANGUAGES),
  status: z.enum(STATEMENT_STATUSES),
  voided_at: z.string().nullable(),
  void_reason: z.string().nullable(),
  verify_reads: z.number().int(),
  totals: StatementTotals,
});
export type StatementOutput = z.infer<typeof StatementOutput>;

/** What anyone holding the code may see: no login, the name as initials, totals only. */
export const VerificationOutput = z.object({
  status: z.enum(STATEMENT_STATUSES),
  code: z.string(),
  initials: z.string(),
  issuer_name: z.string(),
  recipient_name: z.string().nullable(),
  issued_at: z.string(),
  voided_at: z.string().nullable(),
  period_from: z.string(),
  period_to: z.string(),
  totals: StatementTotals.pick({ months: true, lots: true, sales: true, fine_gold_g: true, paid_pen: true, monthly_average_income_pen: true, share_above_threshold: true }),
});
export type VerificationOutput = z.infer<typeof VerificationOutput>;

export const VoidStatementInput = z.strictObject({ reason: SafeText(200) });
export const StatementEnvelope = z.object({ statement: StatementOutput });
export const StatementList = z.object({ items: z.array(StatementOutput) });
export const StatementQuery = z.strictObject({ person_id: Uuid });
export const VerificationCodeParam = z.object({ code: z.string().min(8).max(40) });
