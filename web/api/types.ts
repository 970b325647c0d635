/**
 * Wire types of the HTTP API as the web app sees them: type-only imports of the server's
 * contracts (src/contracts), so the two cannot drift apart and no zod code reaches the bundle.
 */
import type { SessionOutput, SetupInput as SetupInputContract, UserCreateInput, UserOutput } from '../../src/contracts/accounts.ts';
import type { Problem as ProblemContract } from '../../src/contracts/common.ts';
import type { PlaceOutput, PlaceQuery as PlaceQueryContract } from '../../src/contracts/places.ts';
import type {
  ConsentInput as ConsentInputContract, ConsentOutput, DuplicateDecision as DuplicateDecisionContract,
  DuplicateOutcome as DuplicateOutcomeContract, DuplicatePair as DuplicatePairContract, GenderShare,
  MembershipInput as MembershipInputContract, MembershipOutput, OrganisationDetail as OrganisationDetailContract,
  OrganisationInput as OrganisationInputContract, OrganisationOutput, OrganisationQuery as OrganisationQueryContract,
  OrganisationUpdate as OrganisationUpdateContract, PersonDetail as PersonDetailContract,
  PersonInput as PersonInputContract, PersonList as PersonListContract, PersonOutput,
  PersonSearch as PersonSearchContract, PersonSummary, PersonUpdate as PersonUpdateContract, PersonWriteOutput,
} from '../../src/contracts/registry.ts';
import type { z } from 'zod';

export type Role = UserOutput['role'];

/** The roles in the order forms list them; checked against the contract's enum by the type below. */
export const ROLES = [
  'admin',
  'coordinator',
  'association_leader',
  'promoter',
  'member',
  'analyst',
  'partner',
  'case_worker',
  'health_worker',
  'case_supervisor',
] as const satisfies readonly Role[];

type MissingRole = Exclude<Role, (typeof ROLES)[number]>;
/** Fails to compile when the contract gains a role that ROLES lacks. */
export const ROLES_COMPLETE: MissingRole extends never ? true : false = true;

export type SessionUser = Pick<UserOutput, 'id' | 'username' | 'display_name' | 'role' | 'organisation_id'>;

/** Answer of login and of `GET /api/auth/me`. */
export type Session = SessionOutput;

export interface SetupStatus {
  needs_setup: boolean;
}

export type SetupInput = SetupInputContract;
export type PlaceLevel = PlaceOutput['level'];
export type Place = PlaceOutput;
export type PlaceQuery = Partial<PlaceQueryContract>;
export type User = UserOutput;
export type CreateUserInput = UserCreateInput;

/** The server refuses shorter passwords; the forms check it first to answer in the user's language. */
export const MIN_PASSWORD_LENGTH = 10;

export interface Items<T> {
  items: T[];
}

/** One field problem of an `application/problem+json` answer. */
export type ProblemDetail = ProblemContract['details'][number];

export type Problem = Pick<ProblemContract, 'code' | 'message'> & { details?: ProblemDetail[] };

// --- Registry (people, consents, organisations, memberships, duplicates) -----------------------
// Request bodies use the contracts' input side (defaults optional), answers their output side.

export type PersonInput = z.input<typeof PersonInputContract>;
export type PersonUpdate = z.input<typeof PersonUpdateContract>;
export type Person = PersonOutput;
export type { PersonSummary, ConsentOutput as Consent, OrganisationOutput as Organisation, GenderShare };
export type ConsentInput = z.input<typeof ConsentInputContract>;
export type OrganisationInput = z.input<typeof OrganisationInputContract>;
export type OrganisationUpdate = z.input<typeof OrganisationUpdateContract>;
export type MembershipInput = z.input<typeof MembershipInputContract>;
export type Membership = MembershipOutput;
export type PersonSearch = Partial<z.input<typeof PersonSearchContract>>;
export type OrganisationQuery = z.input<typeof OrganisationQueryContract>;
export type PersonWrite = z.infer<typeof PersonWriteOutput>;
export type PossibleDuplicate = PersonWrite['possible_duplicates'][number];
export type PersonList = z.infer<typeof PersonListContract>;
export type PersonDetail = z.infer<typeof PersonDetailContract>;
export type OrganisationDetail = z.infer<typeof OrganisationDetailContract>;
export type DuplicatePair = z.infer<typeof DuplicatePairContract>;
export type DuplicateDecision = z.input<typeof DuplicateDecisionContract>;
export type DuplicateOutcome = z.infer<typeof DuplicateOutcomeContract>;

export type IdType = Person['id_type'];
export type Sex = Person['sex'];
export type SpokenLanguage = Person['languages'][number];
export type Profile = Person['profiles'][number];
export type MinerPosition = NonNullable<Person['miner_position']>;
export type Literacy = NonNullable<Person['literacy']>;
export type EducationLevel = NonNullable<Person['education_level']>;
export type ReinfoStatus = NonNullable<Person['reinfo_status']>;
export type ConsentPurpose = ConsentOutput['purpose'];
export type ConsentMethod = ConsentOutput['method'];
export type OrganisationKind = OrganisationOutput['kind'];
export type MembershipRole = MembershipOutput['role'];
