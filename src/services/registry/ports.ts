/**
 * Repository interfaces of the registry. Records cross this boundary in their contract shape
 * (snake_case, dates as YYYY-MM-DD), so services map nothing; repositories translate columns.
 */
import type { ConsentOutput, GenderShare, MembershipOutput, OrganisationOutput, PersonOutput, PersonSearch, PersonSummary } from '../../contracts/registry.ts';
import type { AuthorisationOutput, SiteOutput } from '../../contracts/sites.ts';
import type { MatchablePerson } from '../../domain/registry/duplicates/index.ts';

export type NewPerson = Omit<PersonOutput, 'version' | 'merged_into_id' | 'registered_by' | 'created_at' | 'updated_at'> & { full_name_key: string; created_by: string | null };

/** Which people an actor may list: everyone, or members (past or present) of some organisations. */
export type PeopleScope =
  | { kind: 'all' }
  | { kind: 'organisations'; ids: readonly string[] }
  | { kind: 'self'; personId: string | null }
  | { kind: 'shared'; organisationId: string | null; today: string };

/**
 * Rows of other modules that point at a person (savings seats, marks, offices and transactions,
 * mercury evaluations, PPE, referrals, selection authorisations, user accounts, records merged
 * into hers), moved by a merge in the caller's transaction. Counts per kind, no content.
 */
export interface PersonLinksRepo {
  moveLinks(fromPersonId: string, toPersonId: string): Promise<Record<string, number>>;
  /** Her rows in the tables whose own repositories move them (registry, production, trainings), by kind. */
  linkCounts(personId: string): Promise<Record<string, number>>;
  /** Savings cycles of the groups she holds a seat in, or that hold a transaction of hers, by id. */
  savingsCyclesOf(personId: string): Promise<string[]>;
}

export interface PeopleRepo extends PersonLinksRepo {
  findById(id: string): Promise<PersonOutput | undefined>;
  findActiveByDni(dni: string): Promise<PersonOutput | undefined>;
  insert(person: NewPerson): Promise<PersonOutput>;
  /** Applies the change when the stored version equals `version`; undefined on a stale version. */
  update(id: string, version: number, change: Partial<NewPerson>): Promise<PersonOutput | undefined>;
  search(query: PersonSearch, scope: PeopleScope): Promise<{ items: PersonSummary[]; total: number }>;
  /** Full records matching the query's filters, in id order after `afterId` (keyset pages for exports). */
  listFull(query: PersonSearch, scope: PeopleScope, afterId: string | null, limit: number): Promise<PersonOutput[]>;
  replaceMatchKeys(personId: string, keys: readonly string[]): Promise<void>;
  /** Up to `limit` active people whose normalised full name is close (trigram similarity ≥ 0.6). */
  nameNeighbours(personId: string, fullNameKey: string, limit: number): Promise<string[]>;
  /** Organisations the person belongs or belonged to. */
  organisationIdsOf(personId: string): Promise<string[]>;
  markMerged(id: string, intoId: string): Promise<void>;
  // Bulk operations for imports: one statement per batch instead of one per row.
  findByIds(ids: readonly string[]): Promise<PersonOutput[]>;
  /** Which of `ids` are taken (merged people too), without reading their records. */
  existingIds(ids: readonly string[]): Promise<string[]>;
  findActiveByDnis(dnis: readonly string[]): Promise<PersonOutput[]>;
  insertMany(people: readonly NewPerson[]): Promise<void>;
  insertMatchKeys(rows: readonly { personId: string; key: string }[]): Promise<void>;
  /** Who holds each of these match keys (primary-key look-ups; the caller ranks the neighbours). */
  holdersOfKeys(keys: readonly string[]): Promise<{ key: string; personId: string }[]>;
  /** Just what duplicate scoring needs, for active people among `ids`. */
  findMatchables(ids: readonly string[]): Promise<MatchablePerson[]>;
  /** Active people in id order after `afterId`, just what scoring needs (the full duplicate pass). */
  listMatchables(afterId: string | null, limit: number): Promise<MatchablePerson[]>;
  /** Distinct pairs (a < b) sharing a match key, for a among ids in [lowId, highId]. */
  keyPairsBetween(lowId: string, highId: string): Promise<[string, string][]>;
  /** Refreshes the planner's statistics after a bulk load (PGlite runs no autovacuum). */
  analyse(): Promise<void>;
}

export interface ConsentsRepo {
  insert(consent: ConsentOutput): Promise<ConsentOutput>;
  findById(id: string): Promise<ConsentOutput | undefined>;
  listForPerson(personId: string): Promise<ConsentOutput[]>;
  withdraw(id: string, on: string): Promise<ConsentOutput | undefined>;
  /** True when the person consents today to sharing her record with the organisation. */
  isSharedWith(personId: string, organisationId: string, today: string): Promise<boolean>;
  reassign(fromPersonId: string, toPersonId: string): Promise<void>;
}

export interface MembershipsRepo {
  insert(membership: MembershipOutput): Promise<MembershipOutput>;
  findById(id: string): Promise<MembershipOutput | undefined>;
  end(id: string, toDate: string): Promise<MembershipOutput | undefined>;
  listForPerson(personId: string): Promise<MembershipOutput[]>;
  listForOrganisation(organisationId: string): Promise<(MembershipOutput & { person: PersonSummary })[]>;
  listForOrganisations(organisationIds: readonly string[] | null): Promise<MembershipOutput[]>;
  genderShare(organisationId: string, today: string): Promise<GenderShare>;
  /**
   * Moves a merged record's memberships to the record kept; where both were open members of one
   * organisation in the same role, the earlier one stays and the other goes (she is one member).
   */
  reassign(fromPersonId: string, toPersonId: string): Promise<void>;
  insertMany(memberships: readonly MembershipOutput[]): Promise<void>;
}

export interface RegistryOrganisationsRepo {
  findById(id: string): Promise<OrganisationOutput | undefined>;
  insert(org: Omit<OrganisationOutput, 'version'>): Promise<OrganisationOutput>;
  update(id: string, version: number, change: Partial<Omit<OrganisationOutput, 'id' | 'version'>>): Promise<OrganisationOutput | undefined>;
  list(opts: { q?: string; kind?: string; ids?: readonly string[] }): Promise<OrganisationOutput[]>;
}

export interface DuplicateCandidate {
  id: string;
  person_a: string;
  person_b: string;
  score: number;
  reasons: string[];
  status: 'pending' | 'merged' | 'distinct';
}

export interface DuplicatesRepo {
  /** Records a pending pair unless the pair was already reviewed; returns whether it is pending. */
  propose(candidate: Omit<DuplicateCandidate, 'status'>): Promise<boolean>;
  /** `propose` for many pairs in one statement; whether each is pending, in the given order. */
  proposeMany(candidates: readonly Omit<DuplicateCandidate, 'status'>[]): Promise<boolean[]>;
  findById(id: string): Promise<DuplicateCandidate | undefined>;
  listPending(limit: number): Promise<DuplicateCandidate[]>;
  /** The pending pairs one person is part of. */
  pendingFor(personId: string): Promise<DuplicateCandidate[]>;
  decide(id: string, status: 'merged' | 'distinct', by: string | null, at: Date): Promise<void>;
}

export interface SitesRepo {
  findById(id: string): Promise<SiteOutput | undefined>;
  insert(site: Omit<SiteOutput, 'version'>): Promise<SiteOutput>;
  /** Applies `change` only if the site is still at `version`; undefined when it is not (or is gone). */
  update(id: string, version: number, change: Partial<Omit<SiteOutput, 'id' | 'version'>>): Promise<SiteOutput | undefined>;
  list(opts: { q?: string; district?: string }): Promise<SiteOutput[]>;
  insertAuthorisation(a: AuthorisationOutput): Promise<AuthorisationOutput>;
  findAuthorisation(id: string): Promise<AuthorisationOutput | undefined>;
  listAuthorisations(siteId: string): Promise<AuthorisationOutput[]>;
}

export interface RegistryRepos {
  sites: SitesRepo;
  people: PeopleRepo;
  consents: ConsentsRepo;
  memberships: MembershipsRepo;
  orgs: RegistryOrganisationsRepo;
  duplicates: DuplicatesRepo;
}
