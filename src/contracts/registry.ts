/**
 * Registry contracts: people, consent, organisations, memberships, mining sites and
 * ore-selection authorisations. Shapes only; the rules that need more than a pattern (RUC check
 * digit, UBIGEO existence, date ranges, tree cycles) live in src/domain/registry.
 */
import { z } from 'zod';
import { SafeText, SearchText, Uuid } from './common.ts';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
export const Ubigeo = z.string().regex(/^\d{6}$/, 'must be a 6-digit UBIGEO district code');
const Ruc = z.string().regex(/^\d{11}$/, 'must have exactly 11 digits');
export const OptionalText = (max: number) => SafeText(max).nullable().optional();

export const ID_TYPES = ['dni', 'ce', 'none'] as const;
export const SEXES = ['female', 'male'] as const;
export const LANGUAGES = ['es', 'qu', 'ay', 'other'] as const;
export const PROFILES = ['pallaquera', 'woman_miner', 'man_miner', 'other'] as const;
export const MINER_POSITIONS = ['director', 'partner', 'worker', 'professional', 'authority'] as const;
export const LITERACY = ['reads_and_writes', 'reads_only', 'neither'] as const;
export const EDUCATION_LEVELS = ['none', 'primary_incomplete', 'primary', 'secondary_incomplete', 'secondary', 'technical', 'university'] as const;
export const REINFO_STATUSES = ['valid', 'suspended', 'excluded'] as const;

/**
 * A person as entered by a promoter or imported. The id is made by the client (UUIDv7) so an
 * offline create can be retried safely.
 * @example { "id": "0190…", "id_type": "dni", "id_number": "40123456", "given_names": "Rosa", "paternal_surname": "Quispe", "maternal_surname": "Mamani", "sex": "female", "profiles": ["pallaquera"], "district": "211002" }
 */
export const PersonInput = z.strictObject({
  id: Uuid.optional(),
  id_type: z.enum(ID_TYPES),
  id_number: z.string().trim().max(12).nullable().optional(),
  id_none_reason: OptionalText(200),
  given_names: SafeText(80),
  paternal_surname: SafeText(60),
  // May be empty; no control characters (PostgreSQL refuses NUL, which was a 500).
  maternal_surname: SearchText(60).default(''),
  sex: z.enum(SEXES),
  birth_date: IsoDate.nullable().optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ]{6,16}$/, 'must be a phone number (digits, optional +51)').nullable().optional(),
  languages: z.array(z.enum(LANGUAGES)).max(4).default([]),
  district: Ubigeo.nullable().optional(),
  profiles: z.array(z.enum(PROFILES)).min(1, 'choose at least one profile').max(4),
  miner_position: z.enum(MINER_POSITIONS).nullable().optional(),
  head_of_household: z.boolean().nullable().optional(),
  single_parent: z.boolean().nullable().optional(),
  dependants: z.number().int().min(0).max(30).nullable().optional(),
  literacy: z.enum(LITERACY).nullable().optional(),
  education_level: z.enum(EDUCATION_LEVELS).nullable().optional(),
  reinfo_code: OptionalText(40),
  reinfo_status: z.enum(REINFO_STATUSES).nullable().optional(),
  recpo_code: OptionalText(40),
  selectors_registry_code: OptionalText(40),
  selectors_registry_region: z.string().regex(/^\d{2}$/, 'must be a 2-digit department code').nullable().optional(),
  ruc: Ruc.nullable().optional(),
  /** Organisation to enrol her in as a member when she is created (optional). */
  organisation_id: Uuid.nullable().optional(),
  /**
   * A DNI already registered to someone else: `refuse` (the default, a form that can answer at
   * once) or `review` (a phone's outbox: she is registered without the DNI, which is kept in
   * `id_none_reason`, and the pair goes to the duplicate review queue, so her lots and sales
   * recorded offline are not refused with her).
   */
  on_dni_taken: z.enum(['refuse', 'review']).optional(),
});
export type PersonInput = z.infer<typeof PersonInput>;

/**
 * An edit: only the fields sent change, plus the version it was based on. Built without the
 * create defaults (zod's partial() would keep them and blank the maternal surname and languages).
 */
export const PersonUpdate = PersonInput.omit({ id: true, organisation_id: true, on_dni_taken: true })
  .extend({ maternal_surname: SearchText(60), languages: z.array(z.enum(LANGUAGES)).max(4) })
  .partial()
  .extend({ version: z.number().int().min(1) });
export type PersonUpdate = z.infer<typeof PersonUpdate>;

export const PersonOutput = z.object({
  id: Uuid,
  version: z.number().int(),
  id_type: z.enum(ID_TYPES),
  id_number: z.string().nullable(),
  id_none_reason: z.string().nullable(),
  given_names: z.string(),
  paternal_surname: z.string(),
  maternal_surname: z.string(),
  sex: z.enum(SEXES),
  birth_date: z.string().nullable(),
  phone: z.string().nullable(),
  languages: z.array(z.enum(LANGUAGES)),
  district: z.string().nullable(),
  profiles: z.array(z.enum(PROFILES)),
  miner_position: z.enum(MINER_POSITIONS).nullable(),
  head_of_household: z.boolean().nullable(),
  single_parent: z.boolean().nullable(),
  dependants: z.number().int().nullable(),
  literacy: z.enum(LITERACY).nullable(),
  education_level: z.enum(EDUCATION_LEVELS).nullable(),
  reinfo_code: z.string().nullable(),
  reinfo_status: z.enum(REINFO_STATUSES).nullable(),
  recpo_code: z.string().nullable(),
  selectors_registry_code: z.string().nullable(),
  selectors_registry_region: z.string().nullable(),
  ruc: z.string().nullable(),
  merged_into_id: Uuid.nullable(),
  /** The user who registered her (null: imported or registered by an API key); the one who edits her record offline (docs/offline.md). */
  registered_by: Uuid.nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type PersonOutput = z.infer<typeof PersonOutput>;

/** What a search result shows: enough to recognise someone, nothing sensitive. */
export const PersonSummary = z.object({
  id: Uuid,
  given_names: z.string(),
  paternal_surname: z.string(),
  maternal_surname: z.string(),
  sex: z.enum(SEXES),
  district: z.string().nullable(),
  profiles: z.array(z.enum(PROFILES)),
  id_number_last3: z.string().nullable(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

export const PersonSearch = z.strictObject({
  q: SearchText(120).optional(),
  dni: z.string().regex(/^\d{8}$/).optional(),
  phone: z.string().trim().max(20).optional(),
  organisation_id: Uuid.optional(),
  district: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/, 'must be a 2, 4 or 6-digit UBIGEO code').optional(),
  profile: z.enum(PROFILES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type PersonSearch = z.infer<typeof PersonSearch>;

export const CONSENT_PURPOSES = ['registry', 'statistics', 'contact', 'sharing'] as const;
export const CONSENT_METHODS = ['signature', 'thumbprint', 'verbal_with_witness'] as const;

/** @example { "purpose": "sharing", "organisation_id": "0190…", "given_on": "2026-03-01", "method": "thumbprint" } */
export const ConsentInput = z.strictObject({
  id: Uuid.optional(),
  purpose: z.enum(CONSENT_PURPOSES),
  /** Required for `sharing`: the organisation she agrees to share her record with. */
  organisation_id: Uuid.nullable().optional(),
  given_on: IsoDate,
  method: z.enum(CONSENT_METHODS),
  witness_name: OptionalText(120),
});
export type ConsentInput = z.infer<typeof ConsentInput>;

export const ConsentOutput = z.object({
  id: Uuid,
  person_id: Uuid,
  purpose: z.enum(CONSENT_PURPOSES),
  organisation_id: Uuid.nullable(),
  given_on: z.string(),
  withdrawn_on: z.string().nullable(),
  method: z.enum(CONSENT_METHODS),
  witness_name: z.string().nullable(),
  recorded_by: Uuid.nullable(),
});
export type ConsentOutput = z.infer<typeof ConsentOutput>;

export const ORGANISATION_KINDS = [
  'selectors_association', 'asm_company', 'cooperative', 'regional_network', 'national_network',
  'buyer_trader', 'processing_plant', 'financial_institution', 'government_body', 'ngo',
] as const;

export const OrganisationInput = z.strictObject({
  id: Uuid.optional(),
  kind: z.enum(ORGANISATION_KINDS),
  name: SafeText(200),
  ruc: Ruc.nullable().optional(),
  district: Ubigeo.nullable().optional(),
  parent_id: Uuid.nullable().optional(),
  /** Processing plants only: works without mercury. */
  mercury_free: z.boolean().nullable().optional(),
  /** Buyers and processing plants: their code in RECPO (registry of gold traders and processors). */
  recpo_code: OptionalText(40),
  gender_equity_statutes: z.boolean().nullable().optional(),
  statutes_registered_on: IsoDate.nullable().optional(),
});
export type OrganisationInput = z.infer<typeof OrganisationInput>;

export const OrganisationUpdate = OrganisationInput.omit({ id: true }).partial().extend({ version: z.number().int().min(1) });
export type OrganisationUpdate = z.infer<typeof OrganisationUpdate>;

export const OrganisationOutput = z.object({
  id: Uuid,
  version: z.number().int(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  ruc: z.string().nullable(),
  district: z.string().nullable(),
  parent_id: Uuid.nullable(),
  mercury_free: z.boolean().nullable(),
  recpo_code: z.string().nullable(),
  gender_equity_statutes: z.boolean().nullable(),
  statutes_registered_on: z.string().nullable(),
});
export type OrganisationOutput = z.infer<typeof OrganisationOutput>;

export const MEMBERSHIP_ROLES = ['member', 'president', 'vice_president', 'secretary', 'treasurer', 'delegate', 'committee_member'] as const;

export const MembershipInput = z.strictObject({
  id: Uuid.optional(),
  person_id: Uuid,
  organisation_id: Uuid,
  role: z.enum(MEMBERSHIP_ROLES),
  from_date: IsoDate,
  to_date: IsoDate.nullable().optional(),
});
export type MembershipInput = z.infer<typeof MembershipInput>;

export const MembershipOutput = MembershipInput.required({ id: true }).extend({ to_date: z.string().nullable() });
export type MembershipOutput = z.infer<typeof MembershipOutput>;

/** The women's share of an organisation's board and assembly today (action 14.1). */
export const GenderShare = z.object({
  board_women: z.number().int(),
  board_total: z.number().int(),
  assembly_women: z.number().int(),
  assembly_total: z.number().int(),
});
export type GenderShare = z.infer<typeof GenderShare>;

/** `match`: almost surely the same person; `possible`: worth a look (see the duplicates README for the bands). */
export const MatchBand = z.enum(['match', 'possible']);
export const PossibleDuplicate = z.object({ person: PersonSummary, score: z.number(), band: MatchBand, reasons: z.array(z.string()) });
export const PersonWriteOutput = z.object({ person: PersonOutput, possible_duplicates: z.array(PossibleDuplicate), created: z.boolean() });
export const PersonList = z.object({ items: z.array(PersonSummary), total: z.number().int() });
/** `cancelled`: her data was erased at her request (ARCO); the record is closed and kept only for aggregates. */
export const PersonDetail = z.object({ person: PersonOutput, consents: z.array(ConsentOutput), memberships: z.array(MembershipOutput), cancelled: z.boolean() });
export const ConsentEnvelope = z.object({ consent: ConsentOutput });
export const WithdrawConsentInput = z.strictObject({ withdrawn_on: IsoDate.optional() });
export const OrganisationEnvelope = z.object({ organisation: OrganisationOutput });
export const OrganisationList = z.object({ items: z.array(OrganisationOutput) });
export const OrganisationQuery = z.strictObject({ q: SearchText(120).optional(), kind: z.enum(ORGANISATION_KINDS).optional() });
export const OrganisationDetail = z.object({
  organisation: OrganisationOutput,
  gender_share: GenderShare,
  memberships: z.array(MembershipOutput.extend({ person: PersonSummary })),
});
export const MembershipEnvelope = z.object({ membership: MembershipOutput });
export const EndMembershipInput = z.strictObject({ to_date: IsoDate });
export const DuplicatePair = z.object({ id: Uuid, score: z.number(), band: MatchBand, reasons: z.array(z.string()), a: PersonSummary, b: PersonSummary });
export const DuplicateList = z.object({ items: z.array(DuplicatePair) });
export const DuplicateDecision = z.strictObject({ decision: z.enum(['merge', 'distinct']), keep_id: Uuid.optional() });
export const DuplicateOutcome = z.object({ status: z.enum(['merged', 'distinct']), kept_id: Uuid.optional(), merged_id: Uuid.optional() });
