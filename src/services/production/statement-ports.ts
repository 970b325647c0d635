/**
 * Repository interface of issued income statements. A statement is a snapshot: its totals are
 * stored when issued, and only its status (voided) and read count change afterwards.
 */
import type { StatementTotals } from '../../contracts/statements.ts';

export interface StatementRecord {
  id: string;
  code: string;
  person_id: string;
  period_from: string;
  period_to: string;
  recipient_organisation_id: string | null;
  consent_id: string | null;
  language: 'es' | 'en';
  totals: StatementTotals;
  issued_by: string | null;
  issuer_organisation_id: string | null;
  issued_at: Date;
  voided_at: Date | null;
  void_reason: string | null;
  verify_reads: number;
}

export interface StatementsRepo {
  insert(statement: Omit<StatementRecord, 'voided_at' | 'void_reason' | 'verify_reads'>): Promise<StatementRecord>;
  findById(id: string): Promise<StatementRecord | undefined>;
  /** Counts one read of the public verification page and returns the statement. */
  readByCode(code: string): Promise<StatementRecord | undefined>;
  listForPerson(personId: string): Promise<StatementRecord[]>;
  /** Voids one statement if still valid; returns it as stored afterwards. */
  voidOne(id: string, at: Date, reason: string): Promise<StatementRecord | undefined>;
  /** Voids every valid statement issued under a consent (on withdrawal); returns how many. */
  voidForConsent(consentId: string, at: Date, reason: string): Promise<number>;
  reassignPerson(fromPersonId: string, toPersonId: string): Promise<void>;
}

export interface StatementRepos {
  statements: StatementsRepo;
}
