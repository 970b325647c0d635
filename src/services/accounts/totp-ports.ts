/**
 * Repository interface of TOTP second factors (one per user). src/db implements it.
 */
export interface TotpFactor {
  userId: string;
  /** Base32; never logged, never audited. */
  secret: string;
  confirmedAt: Date | null;
  lastStep: number | null;
}

export interface TotpFactorsRepo {
  find(userId: string): Promise<TotpFactor | undefined>;
  /** Starts (or restarts) enrolment: a new unconfirmed secret replaces any earlier one. */
  upsertPending(userId: string, secret: string): Promise<void>;
  confirm(userId: string, at: Date, step: number): Promise<void>;
  /** Records the step of an accepted code, only if newer (so a code is used once); false otherwise. */
  useStep(userId: string, step: number): Promise<boolean>;
  /** Removes the factor (an admin's reset after a lost phone). */
  remove(userId: string): Promise<void>;
}

export interface TotpRepos {
  totpFactors: TotpFactorsRepo;
}
