/** Contracts for mining sites and ore-selection authorisations. */
import { z } from 'zod';
import { SafeText, SearchText, Uuid } from './common.ts';
import { IsoDate, OptionalText, Ubigeo } from './registry.ts';

/** Peru's bounding box (degrees); shared by every contract that takes coordinates. */
export const PERU_BOUNDS = { minLat: -18.5, maxLat: 0.1, minLon: -81.5, maxLon: -68.5 } as const;
export const PeruLat = z.number().min(PERU_BOUNDS.minLat).max(PERU_BOUNDS.maxLat);
export const PeruLon = z.number().min(PERU_BOUNDS.minLon).max(PERU_BOUNDS.maxLon);

/** @example { "name": "Relave Ana María", "district": "211002", "lat": -14.62, "lon": -69.43, "concession_code": "010001504" } */
export const SiteInput = z.strictObject({
  id: Uuid.optional(),
  name: SafeText(160),
  district: Ubigeo.nullable().optional(),
  lat: PeruLat.nullable().optional(),
  lon: PeruLon.nullable().optional(),
  concession_code: OptionalText(40),
  operator_organisation_id: Uuid.nullable().optional(),
});
export type SiteInput = z.infer<typeof SiteInput>;

/**
 * A correction of a site: only the fields sent change (`null` clears one), based on `version`.
 * @example { "version": 1, "concession_code": "010001504", "lat": -14.62, "lon": -69.43 }
 */
export const SiteUpdate = SiteInput.omit({ id: true }).partial().extend({ version: z.number().int().min(1) });
export type SiteUpdate = z.infer<typeof SiteUpdate>;

export const AUTHORISATION_KINDS = ['written', 'verbal'] as const;

export const AuthorisationInput = z.strictObject({
  id: Uuid.optional(),
  person_id: Uuid.nullable().optional(),
  organisation_id: Uuid.nullable().optional(),
  kind: z.enum(AUTHORISATION_KINDS),
  from_date: IsoDate,
  to_date: IsoDate.nullable().optional(),
  document_ref: OptionalText(120),
});
export type AuthorisationInput = z.infer<typeof AuthorisationInput>;

export const AuthorisationOutput = z.object({
  id: Uuid, site_id: Uuid, person_id: Uuid.nullable(), organisation_id: Uuid.nullable(), kind: z.enum(AUTHORISATION_KINDS),
  from_date: z.string(), to_date: z.string().nullable(), document_ref: z.string().nullable(),
});
export type AuthorisationOutput = z.infer<typeof AuthorisationOutput>;

export const SiteOutput = z.object({
  id: Uuid, version: z.number().int(), name: z.string(), district: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable(),
  concession_code: z.string().nullable(), operator_organisation_id: Uuid.nullable(),
});
export type SiteOutput = z.infer<typeof SiteOutput>;

export const SiteEnvelope = z.object({ site: SiteOutput });
export const SiteList = z.object({ items: z.array(SiteOutput) });
export const SiteQuery = z.strictObject({ q: SearchText(120).optional(), district: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/).optional() });
export const SiteDetail = z.object({ site: SiteOutput, authorisations: z.array(AuthorisationOutput) });
export const AuthorisationEnvelope = z.object({ authorisation: AuthorisationOutput });
