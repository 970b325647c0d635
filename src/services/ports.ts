/**
 * The repository interfaces services need. src/db implements them for PGlite and PostgreSQL
 * alike; services never see Drizzle or SQL. A Store hands out repositories bound either to the
 * plain connection (reads) or to one transaction (every write, with its audit row).
 */
import type { ArcoRepos } from './arco/ports.ts';
import type { Role } from '../domain/auth/roles.ts';
import type { AuditContent, ChainRow } from '../domain/audit/chain.ts';
import type { PlaceQuery, PlaceOutput } from '../contracts/places.ts';
import type { RegistryRepos } from './registry/ports.ts';
import type { ProductionRepos } from './production/ports.ts';
import type { StatementRepos } from './production/statement-ports.ts';
import type { ReportRepos } from './production/report-ports.ts';
import type { SurveyRepos } from './surveys/ports.ts';
import type { SurveyIndicatorRepos } from './surveys/indicator-ports.ts';
import type { TrainingRepos } from './trainings/ports.ts';
import type { PlanRepos } from './plans/ports.ts';
import type { ProtectionRepos } from './protection/ports.ts';
import type { MercuryRepos } from './mercury/ports.ts';
import type { ReferralRepos } from './referrals/ports.ts';
import type { TotpRepos } from './accounts/totp-ports.ts';
import type { ServicesDirectoryRepos } from './services-directory/ports.ts';
import type { SavingsRepos } from './savings/ports.ts';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  organisationId: string | null;
  language: string;
  personId: string | null;
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export type NewUser = Pick<UserRecord, 'id' | 'username' | 'displayName' | 'passwordHash' | 'role' | 'organisationId' | 'personId'>;

export interface UsersRepo {
  findById(id: string): Promise<UserRecord | undefined>;
  findByUsername(username: string): Promise<UserRecord | undefined>;
  /** All users, or only those in the given organisations. */
  list(opts: { organisationIds?: readonly string[] }): Promise<UserRecord[]>;
  insert(user: NewUser): Promise<UserRecord>;
  setDisabled(id: string, at: Date | null): Promise<UserRecord | undefined>;
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
  count(): Promise<number>;
}

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface SessionsRepo {
  insert(session: SessionRecord): Promise<void>;
  findActive(tokenHash: string, now: Date): Promise<SessionRecord | undefined>;
  touch(tokenHash: string, lastSeenAt: Date, expiresAt: Date): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
  /** Ends every session of the user but `keepTokenHash` (none kept when null); returns how many ended. */
  deleteForUserExcept(userId: string, keepTokenHash: string | null): Promise<number>;
  deleteExpired(now: Date): Promise<number>;
}

export interface LoginFailuresRepo {
  record(username: string, ip: string, at: Date): Promise<void>;
  countSince(username: string, ip: string, since: Date): Promise<{ byUsername: number; byIp: number }>;
  clearForUsername(username: string): Promise<void>;
  deleteBefore(at: Date): Promise<number>;
}

export interface ApiKeyRecord {
  id: string;
  name: string;
  prefix: string;
  secretHash: string;
  role: Role;
  organisationId: string | null;
  scopes: string[];
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface ApiKeysRepo {
  insert(key: Omit<ApiKeyRecord, 'createdAt' | 'lastUsedAt' | 'revokedAt'>): Promise<ApiKeyRecord>;
  findByPrefix(prefix: string): Promise<ApiKeyRecord | undefined>;
  findById(id: string): Promise<ApiKeyRecord | undefined>;
  list(): Promise<ApiKeyRecord[]>;
  revoke(id: string, at: Date): Promise<ApiKeyRecord | undefined>;
  touch(id: string, at: Date): Promise<void>;
}

export interface SetupTokensRepo {
  insert(tokenHash: string, createdAt: Date, expiresAt: Date): Promise<void>;
  isValid(tokenHash: string, now: Date): Promise<boolean>;
  markUsed(tokenHash: string, at: Date): Promise<boolean>;
}

export interface OrganisationRecord {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

export interface OrganisationsRepo {
  findById(id: string): Promise<OrganisationRecord | undefined>;
  /** The organisation itself followed by its ancestors up to the root. */
  ancestorIds(id: string): Promise<string[]>;
  /** The organisation itself and every descendant. */
  subtreeIds(id: string): Promise<string[]>;
  insert(org: OrganisationRecord): Promise<OrganisationRecord>;
}

export interface AuditRepo {
  /** Appends one entry to the hash chain, serialised against concurrent writers. */
  append(entry: AuditContent): Promise<void>;
  /** Appends several entries in order, under one lock and one insert (bulk imports). */
  appendMany(entries: readonly AuditContent[]): Promise<void>;
  /** Rows with seq greater than `afterSeq`, in order, at most `limit`. */
  page(afterSeq: number, limit: number): Promise<ChainRow[]>;
  count(): Promise<number>;
  /**
   * Erases before/after of every unredacted row about one of `entityIds` or whose payload
   * contains one of `needles` (a cancellation, ARCO); returns their seqs. Hashes stay.
   */
  redactMentioning(input: { entityIds: readonly string[]; needles: readonly string[]; at: Date }): Promise<number[]>;
  /** Whether a row of this action on this entity was written under this request id (a sync replay's receipt). */
  hasEntry(entry: { entity: string; entityId: string; action: string; requestId: string }): Promise<boolean>;
}

export interface PlacesRepo {
  search(query: PlaceQuery): Promise<PlaceOutput[]>;
  isDistrict(code: string): Promise<boolean>;
  /** The codes among `codes` that are districts. */
  existingDistricts(codes: readonly string[]): Promise<Set<string>>;
}

export interface Repos extends RegistryRepos, ProductionRepos, StatementRepos, ReportRepos, SurveyRepos, SurveyIndicatorRepos, TrainingRepos, PlanRepos, ProtectionRepos, MercuryRepos, ServicesDirectoryRepos, ReferralRepos, TotpRepos, SavingsRepos, ArcoRepos {
  users: UsersRepo;
  sessions: SessionsRepo;
  loginFailures: LoginFailuresRepo;
  apiKeys: ApiKeysRepo;
  setupTokens: SetupTokensRepo;
  organisations: OrganisationsRepo;
  audit: AuditRepo;
  places: PlacesRepo;
}

export interface Store {
  /** Repositories on the plain connection, for reads. */
  readonly repos: Repos;
  /** Runs `work` in one transaction; everything it writes commits or rolls back together. */
  transaction<T>(work: (repos: Repos) => Promise<T>): Promise<T>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
}
