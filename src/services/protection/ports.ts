/**
 * Repository interface of the protective-equipment module: catalogue, stock movements,
 * distributions and the "who lacks what" query. src/db implements it; services see no SQL.
 */
import type { DistributionOutput, LacksRow, PpeItem, StockRow } from '../../contracts/protection.ts';

export interface NewMovement {
  id: string;
  organisation_id: string;
  item_id: string;
  kind: 'received' | 'distributed';
  quantity: number;
  moved_on: string;
  source: string;
  distribution_id: string | null;
  created_by: string | null;
}

export interface NewDistribution {
  id: string;
  organisation_id: string;
  person_id: string;
  distributed_on: string;
  source: string;
  created_by: string | null;
}

export interface LacksFilter {
  itemId: string;
  profile: string;
  since: string;
  /** null: every organisation (network-wide actors). */
  organisationIds: readonly string[] | null;
}

export interface ProtectionRepo {
  items(): Promise<PpeItem[]>;
  findItem(id: string): Promise<PpeItem | undefined>;
  /** Serialises stock changes of one organisation until the transaction ends. */
  lockOrganisation(organisationId: string): Promise<void>;
  stock(organisationId: string): Promise<StockRow[]>;
  movementExists(id: string): Promise<boolean>;
  insertMovements(rows: readonly NewMovement[]): Promise<void>;
  insertDistribution(row: NewDistribution): Promise<void>;
  findDistribution(id: string): Promise<DistributionOutput | undefined>;
  listDistributions(filter: { organisationIds: readonly string[] | null; personId?: string }): Promise<DistributionOutput[]>;
  lacking(filter: LacksFilter): Promise<LacksRow[]>;
}

export interface ProtectionRepos {
  protection: ProtectionRepo;
}
