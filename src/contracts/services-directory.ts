/**
 * Contracts for the public services directory (issue 7 part 1): service points, the list filters
 * and the nearest-service lookup. Phones must be Peruvian: a 9-digit mobile starting with 9, a
 * landline with its area code (01 + 7 digits for Lima, 0XX + 6 digits elsewhere), a free 0800
 * number, or a short number such as 100 or 105. Coordinates must lie inside Peru.
 */
import { z } from 'zod';
import { SafeText, SearchText, Uuid } from './common.ts';
import { IsoDate, Ubigeo } from './registry.ts';
import { PeruLat, PeruLon } from './sites.ts';

export const SERVICE_KIND_VALUES = ['cem', 'line_100', 'police', 'health', 'shelter', 'legal_aid', 'network_contact', 'other'] as const;
export const ServiceKind = z.enum(SERVICE_KIND_VALUES);
export type ServiceKind = z.infer<typeof ServiceKind>;

/** Digits only, as stored: mobile, Lima landline, provincial landline, 0800, or a short number. */
export const PERUVIAN_PHONE = /^(9\d{8}|01\d{7}|0[4-8]\d{7}|0800\d{5}|1\d{2,3})$/;

/** A phone as people write it ("(01) 419-7260", "994 834 149", "+51 994834149"), stored as digits. */
export const PeruvianPhone = z
  .string()
  .trim()
  .transform((s) => s.replace(/^\+51/, '').replace(/[\s().-]/g, ''))
  .refine((s) => PERUVIAN_PHONE.test(s), {
    params: { code: 'phone.not_peruvian' },
    message: 'must be a Peruvian phone: 9 digits starting with 9, a landline with its area code, or a short number like 100',
  });

const Languages = z.array(z.enum(['es', 'qu', 'ay', 'en', 'other'])).min(1);

/** The editable fields, without defaults (an update sends only what changes). */
const ServicePointFields = z.strictObject({
  name: SafeText(200),
  kind: ServiceKind,
  address: SafeText(300).nullable(),
  address_confidential: z.boolean(),
  district: Ubigeo.nullable(),
  lat: PeruLat.nullable(),
  lon: PeruLon.nullable(),
  phones: z.array(PeruvianPhone).max(6),
  hours: SafeText(120).nullable(),
  languages: Languages,
  notes: SafeText(500).nullable(),
  last_verified_on: IsoDate.nullable(),
  source: SafeText(200),
});

type PointRules = { lat?: number | null; lon?: number | null; address?: string | null; address_confidential?: boolean };
type PointProblem = { path: string; code: string; message: string };
/** Rules across fields, shared by create and by the merged result of an update. */
export function pointProblems(v: PointRules): PointProblem[] {
  const problems: PointProblem[] = [];
  if ((v.lat == null) !== (v.lon == null)) {
    problems.push({ path: v.lat == null ? 'lat' : 'lon', code: 'coordinates.both_or_neither', message: 'give both lat and lon, or neither' });
  }
  if (v.address_confidential && (v.address != null || v.lat != null)) {
    problems.push({ path: 'address', code: 'address.confidential_kept', message: 'a confidential address is not stored: leave address and coordinates empty' });
  }
  return problems;
}

/** @example { "name": "CEM Comisaría Ananea", "kind": "cem", "district": "211002", "lat": -14.68, "lon": -69.53, "phones": ["994834149"] } */
export const ServicePointInput = z
  .strictObject({
    id: Uuid.optional(),
    name: ServicePointFields.shape.name,
    kind: ServiceKind,
    address: ServicePointFields.shape.address.optional(),
    address_confidential: z.boolean().default(false),
    district: ServicePointFields.shape.district.optional(),
    lat: ServicePointFields.shape.lat.optional(),
    lon: ServicePointFields.shape.lon.optional(),
    phones: ServicePointFields.shape.phones.default([]),
    hours: ServicePointFields.shape.hours.optional(),
    languages: Languages.default(['es']),
    notes: ServicePointFields.shape.notes.optional(),
    last_verified_on: ServicePointFields.shape.last_verified_on.optional(),
    source: ServicePointFields.shape.source.default('entered in Pallay'),
  })
  .superRefine((v, ctx) => {
    for (const p of pointProblems(v)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message, params: { code: p.code } });
  });
export type ServicePointInput = z.infer<typeof ServicePointInput>;

/**
 * A correction: only the fields sent change (`null` clears one), based on `version`;
 * `archived: true` takes the point out of every list and lookup, `false` brings it back.
 * @example { "version": 1, "phones": ["994834149", "100"], "last_verified_on": "2026-11-20" }
 */
export const ServicePointUpdate = ServicePointFields.partial().extend({
  version: z.number().int().min(1),
  archived: z.boolean().optional(),
});
export type ServicePointUpdate = z.infer<typeof ServicePointUpdate>;

export const ServicePointOutput = z.object({
  id: Uuid,
  version: z.number().int(),
  name: z.string(),
  kind: ServiceKind,
  address: z.string().nullable(),
  address_confidential: z.boolean(),
  district: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  coordinates_note: z.string().nullable(),
  phones: z.array(z.string()),
  hours: z.string().nullable(),
  languages: z.array(z.string()),
  notes: z.string().nullable(),
  last_verified_on: z.string().nullable(),
  source: z.string(),
});
export type ServicePointOutput = z.infer<typeof ServicePointOutput>;

/** @example GET /api/services?kind=cem&district=2110 */
export const ServiceListQuery = z.strictObject({
  kind: ServiceKind.optional(),
  /** A 2, 4 or 6-digit UBIGEO prefix: department, province or district. */
  district: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/, 'must be a 2, 4 or 6-digit UBIGEO code').optional(),
  q: SearchText(80).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ServiceListQuery = z.infer<typeof ServiceListQuery>;

/**
 * Exactly one origin: a district (`ubigeo`), coordinates (`lat` and `lon`), or a registered
 * mining site (`site_id`, signed-in staff only: sites are not public).
 * @example GET /api/services/nearest?ubigeo=211002&kind=cem&limit=5
 */
export const NearestQuery = z
  .strictObject({
    ubigeo: Ubigeo.optional(),
    lat: z.coerce.number().pipe(PeruLat).optional(),
    lon: z.coerce.number().pipe(PeruLon).optional(),
    site_id: Uuid.optional(),
    kind: ServiceKind.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(5),
  })
  .refine((v) => (v.lat === undefined) === (v.lon === undefined), { message: 'give both lat and lon', path: ['lon'] })
  .refine((v) => [v.ubigeo, v.lat, v.site_id].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of ubigeo, lat and lon, or site_id',
    path: ['ubigeo'],
  });
export type NearestQuery = z.infer<typeof NearestQuery>;

/** One row of a nearest answer; `distance_km` is null for Línea 100 and when no place is known. */
export const NearestService = ServicePointOutput.extend({
  distance_km: z.number().nullable(),
  /** Where the distance was measured from: the point itself, or a fallback to its place's capital. */
  located_by: z.enum(['coordinates', 'district', 'province', 'department', 'none']),
});
export type NearestService = z.infer<typeof NearestService>;

export const ServiceList = z.object({ items: z.array(ServicePointOutput) });
export const NearestList = z.object({ items: z.array(NearestService) });
export const ServicePointEnvelope = z.object({ service: ServicePointOutput });
