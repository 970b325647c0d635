/** Contracts for the UBIGEO reference data (departments, provinces, districts). */
import { z } from 'zod';
import { SearchText } from './common.ts';

export const PlaceLevel = z.enum(['department', 'province', 'district']);

/** @example GET /api/places?q=ananea&level=district */
export const PlaceQuery = z.strictObject({
  q: SearchText(80).optional(),
  level: PlaceLevel.optional(),
  parent: z.string().regex(/^(\d{2}|\d{4})$/, 'must be a 2-digit department or 4-digit province code').optional(),
  code: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/, 'must be a 2, 4 or 6-digit UBIGEO code').optional(),
  limit: z.coerce.number().int().min(1).max(2000).default(50),
});
export type PlaceQuery = z.infer<typeof PlaceQuery>;

export const PlaceOutput = z.object({
  code: z.string(),
  level: PlaceLevel,
  name: z.string(),
  department: z.string(),
  province: z.string().nullable(),
  capital: z.string().nullable(),
  population: z.number().int().nullable(),
  /** Coordinates of the capital town (not a polygon centroid). */
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type PlaceOutput = z.infer<typeof PlaceOutput>;

export const PlaceList = z.object({ items: z.array(PlaceOutput) });
