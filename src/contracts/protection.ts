/**
 * Personal protective equipment on the wire: the item catalogue, stock received and on hand per
 * organisation, distributions to people (client-made ids, so a resend records once) and the
 * "who lacks what" list. Shared by the server, the web app and the CLI.
 */
import { z } from 'zod';
import { ListFormat, SafeText, Uuid } from './common.ts';
import { IsoDate, PROFILES } from './registry.ts';

export const PpeItem = z.object({ id: Uuid, key: z.string().nullable(), name: z.string() });
export type PpeItem = z.infer<typeof PpeItem>;
export const PpeItemList = z.object({ items: z.array(PpeItem) });

export const StockReceiptInput = z.strictObject({
  id: Uuid.optional(),
  organisation_id: Uuid,
  item_id: Uuid,
  quantity: z.number().int().positive().max(100_000),
  received_on: IsoDate,
  source: SafeText(200).optional(),
});
export type StockReceiptInput = z.infer<typeof StockReceiptInput>;

export const StockRow = z.object({
  item_id: Uuid, item_key: z.string().nullable(), item_name: z.string(),
  received: z.number().int(), distributed: z.number().int(), on_hand: z.number().int(),
});
export type StockRow = z.infer<typeof StockRow>;
export const StockQuery = z.strictObject({ organisation_id: Uuid, format: ListFormat });
export const StockList = z.object({ organisation_id: Uuid, items: z.array(StockRow) });
export type StockList = z.infer<typeof StockList>;

export const DistributionInput = z.strictObject({
  id: Uuid.optional(),
  organisation_id: Uuid,
  person_id: Uuid,
  distributed_on: IsoDate,
  source: SafeText(200).optional(),
  items: z.array(z.strictObject({ item_id: Uuid, quantity: z.number().int().positive().max(1000) })).min(1).max(20),
});
export type DistributionInput = z.infer<typeof DistributionInput>;

export const DistributionOutput = z.object({
  id: Uuid, organisation_id: Uuid, person_id: Uuid, person_name: z.string(), distributed_on: z.string(), source: z.string(),
  items: z.array(z.object({ item_id: Uuid, item_name: z.string(), quantity: z.number().int() })),
});
export type DistributionOutput = z.infer<typeof DistributionOutput>;
export const DistributionEnvelope = z.object({ distribution: DistributionOutput });
export const DistributionList = z.object({ items: z.array(DistributionOutput) });
export const DistributionQuery = z.strictObject({ organisation_id: Uuid.optional(), person_id: Uuid.optional(), format: ListFormat });

export const LacksQuery = z.strictObject({
  item_id: Uuid,
  profile: z.enum(PROFILES).default('pallaquera'),
  months: z.coerce.number().int().min(1).max(120).default(12),
  organisation_id: Uuid.optional(),
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
export type LacksQuery = z.infer<typeof LacksQuery>;

export const LacksRow = z.object({
  person_id: Uuid, name: z.string(), id_number: z.string().nullable(), district: z.string().nullable(),
  /** The last time she received this item (before the window), or null: never. */
  last_received_on: z.string().nullable(),
});
export type LacksRow = z.infer<typeof LacksRow>;
export const LacksReport = z.object({ item_id: Uuid, item_name: z.string(), profile: z.string(), months: z.number().int(), since: z.string(), items: z.array(LacksRow) });
export type LacksReport = z.infer<typeof LacksReport>;
