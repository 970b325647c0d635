/**
 * Repository interface of the services directory: read the public list, the capital coordinates
 * the nearest lookup falls back to, and write service points (one or a whole import at once).
 * src/db implements it; services see no SQL.
 */
import type { ServiceListQuery, ServicePointOutput } from '../../contracts/services-directory.ts';

/** A point as written: every column the caller controls, with its id. */
export type NewServicePoint = Omit<ServicePointOutput, 'coordinates_note' | 'version'> & { coordinates_note?: string | null };

export interface ServicePointsRepo {
  list(query: ServiceListQuery): Promise<ServicePointOutput[]>;
  /** Every point not archived, of one kind (plus Línea 100) or all: the nearest lookup ranks them. */
  active(kind?: string): Promise<ServicePointOutput[]>;
  findById(id: string): Promise<ServicePointOutput | null>;
  /** Inserts or replaces by id; the row is marked edited so the shipped seed leaves it alone. */
  upsertMany(points: readonly NewServicePoint[]): Promise<void>;
  /** Inserts a point unless its id exists (a resent create changes nothing). */
  insertIfAbsent(point: NewServicePoint): Promise<void>;
  /** Writes the point only if it is still at `version` (marks it edited); undefined when stale or gone. */
  update(point: NewServicePoint, version: number, archived: boolean): Promise<ServicePointOutput | undefined>;
  /** Like findById, but also an archived point; `archived` says which. */
  findAny(id: string): Promise<(ServicePointOutput & { archived: boolean }) | null>;
  /** Capital coordinates of every department, province and district that has them, by code. */
  placeCoordinates(): Promise<Map<string, { lat: number; lon: number }>>;
}

export interface ServicesDirectoryRepos {
  servicePoints: ServicePointsRepo;
}
