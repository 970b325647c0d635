/**
 * Repository interface of data-subject rights (ARCO, Ley 29733): gather everything held about
 * one person (the copy) and erase her identity everywhere (the cancellation). Rows cross as
 * plain JSON objects (snake_case column names): the copy shows them as stored.
 */

/** Section name (a table, e.g. `sales`) → her rows in it. */
export type PersonDataSections = Record<string, Record<string, unknown>[]>;

export interface ErasureInput {
  personId: string;
  /** The date she asked (YYYY-MM-DD): consents still open are withdrawn on it. */
  requestedOn: string;
  at: Date;
  /** Strings that identify her (DNI, phone) and are removed from survey answers. */
  needles: readonly string[];
}

/** How many rows of each kind were erased or changed (counts only: the content is gone). */
export type ErasureCounts = Record<string, number>;

export interface ArcoRepo {
  /** Her rows in every table that holds personal data about her, except referrals. */
  collect(personId: string, needles: readonly string[]): Promise<PersonDataSections>;
  /** Whether her data was cancelled (the record is then closed to corrections). */
  isCancelled(personId: string): Promise<boolean>;
  /** Ids of her user accounts and of records merged into hers (their audit rows hold her data too). */
  linkedIdsOf(personId: string): Promise<string[]>;
  /** Erases her identity in every table (see docs/security.md "Retention"). */
  erase(input: ErasureInput): Promise<ErasureCounts>;
}

export interface ArcoRepos {
  arco: ArcoRepo;
}
