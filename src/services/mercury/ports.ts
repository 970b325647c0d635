/**
 * Repository interface of the mercury follow-up: thresholds, evaluations, the latest evaluation
 * per person for aggregates and reminders. src/db implements it; services see no SQL.
 */
import type { Classification, EvaluationOutput, ThresholdOutput } from '../../contracts/mercury.ts';

export type NewEvaluation = Omit<EvaluationOutput, 'note'> & { note: string; created_by: string | null };

export interface MercuryGroup {
  key: string;
  label: string;
  evaluated: number;
  above_reference: number;
  above_alert: number;
}

export interface LatestEvaluation {
  person_id: string;
  name: string;
  sampled_on: string;
  classification: Classification;
  follow_up: boolean;
  next_due_on: string;
}

export interface MercuryRepo {
  thresholds(): Promise<ThresholdOutput[]>;
  findThreshold(key: string): Promise<ThresholdOutput | undefined>;
  /** Updates when `version` is current; returns undefined on a stale version. */
  updateThreshold(key: string, change: { reference: number; alert: number; source: string; version: number; updated_by: string | null; at: Date }): Promise<ThresholdOutput | undefined>;
  findEvaluation(id: string): Promise<EvaluationOutput | undefined>;
  insertEvaluation(row: NewEvaluation): Promise<void>;
  listForPerson(personId: string): Promise<EvaluationOutput[]>;
  /** Latest evaluation of each person (members of the organisations, or everyone with null), grouped. */
  aggregate(by: 'region' | 'profile', organisationIds: readonly string[] | null): Promise<{ groups: MercuryGroup[]; total: Omit<MercuryGroup, 'key' | 'label'> }>;
  /** People whose latest evaluation is due on or before `until`. */
  dueBy(until: string, organisationIds: readonly string[] | null): Promise<LatestEvaluation[]>;
}

export interface MercuryRepos {
  mercury: MercuryRepo;
}
