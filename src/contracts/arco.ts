/**
 * Data-subject rights (ARCO, Ley 29733 arts. 19–22): the copy of her data and the cancellation
 * request. Rectification is PATCH /api/people/{id}; opposition is withdrawing a consent.
 */
import { z } from 'zod';
import { SafeText, Uuid } from './common.ts';
import { IsoDate } from './registry.ts';

/**
 * `requested_on`: the date of her written request, when staff give the copy on one (recorded in
 * the copy's audit row; a date, never her name, so it may travel in the URL).
 * @example { format: 'pdf', requested_on: '2026-11-20' }
 */
export const DataCopyQuery = z.strictObject({ format: z.enum(['json', 'pdf']).default('json'), requested_on: IsoDate.optional() });

/**
 * Everything Pallay holds about her, section by section (rows as stored).
 * @example { person_id, generated_at, notices: ['…referrals…'], sections: { person: [{…}], sales: [] } }
 */
export const DataCopy = z.object({
  person_id: Uuid,
  generated_at: z.string(),
  notices: z.array(z.string()),
  sections: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type DataCopy = z.infer<typeof DataCopy>;

/**
 * A cancellation request: the date of her written request and the legal basis invoked.
 * @example { requested_on: '2026-11-20', legal_basis: 'Ley 29733 art. 20: written request of the holder' }
 */
export const CancellationInput = z.strictObject({
  requested_on: IsoDate,
  legal_basis: SafeText(500),
});
export type CancellationInput = z.infer<typeof CancellationInput>;

export const CancellationOutput = z.object({
  person_id: Uuid,
  cancelled_on: IsoDate,
  /** Rows changed per table (counts only). */
  erased: z.record(z.string(), z.number().int()),
  redacted_audit_rows: z.number().int(),
});
export type CancellationOutput = z.infer<typeof CancellationOutput>;
