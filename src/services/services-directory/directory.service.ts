/**
 * Use cases of the public services directory: list, nearest lookup (public, no login: the help
 * pages call it), and writes by admins and coordinators (one point, or a whole CSV import,
 * all-or-nothing). Writes mark the row edited so the shipped seed never overwrites it.
 */
import { uuidv7 } from 'uuidv7';
import { pointProblems, type NearestQuery, type NearestService, type ServiceListQuery, type ServicePointInput, type ServicePointOutput, type ServicePointUpdate } from '../../contracts/services-directory.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { AppError, notFound, validationFailed, versionConflict } from '../../domain/errors.ts';
import type { LatLon } from '../../domain/services-directory/distance.ts';
import { rankNearest } from '../../domain/services-directory/nearest.ts';
import { auditEntry, recordAudit, type CallContext, type ServiceDeps } from '../deps.ts';
import type { NewServicePoint } from './ports.ts';

export async function listServices(deps: ServiceDeps, query: ServiceListQuery): Promise<ServicePointOutput[]> {
  return deps.store.repos.servicePoints.list(query);
}

type Places = Map<string, LatLon>;

/** A mining site's own coordinates, else its district's capital; sites need `sites.read`. */
async function siteOrigin(deps: ServiceDeps, ctx: CallContext | undefined, siteId: string, places: Places): Promise<LatLon | undefined> {
  if (!ctx) throw new AppError('UNAUTHENTICATED', 'Sign in to measure from a mining site');
  authorize(ctx.actor, 'sites.read');
  const site = await deps.store.repos.sites.findById(siteId);
  if (!site) throw notFound('Mining site');
  if (site.lat != null && site.lon != null) return { lat: site.lat, lon: site.lon };
  return site.district ? places.get(site.district) : undefined;
}

/**
 * Nearest points to a district's capital, to coordinates or to a mining site; Línea 100 always
 * first (distance null). `ctx` is needed only for a site: the rest is public.
 */
export async function nearestServices(deps: ServiceDeps, query: NearestQuery, ctx?: CallContext): Promise<NearestService[]> {
  const repos = deps.store.repos;
  const places = await repos.servicePoints.placeCoordinates();
  if (query.site_id) {
    const origin = await siteOrigin(deps, ctx, query.site_id, places);
    if (!origin) throw validationFailed([{ path: 'site_id', code: 'site.unlocated', message: 'the site has neither coordinates nor a district' }]);
    return rank(await repos.servicePoints.active(query.kind), origin, places, query);
  }
  const origin = query.ubigeo ? places.get(query.ubigeo) : { lat: query.lat!, lon: query.lon! };
  if (!origin) {
    throw validationFailed([{ path: 'ubigeo', code: 'district.unknown', message: 'is not a UBIGEO district code with known coordinates' }]);
  }
  return rank(await repos.servicePoints.active(query.kind), origin, places, query);
}

function rank(list: ServicePointOutput[], origin: LatLon, places: Places, query: NearestQuery): NearestService[] {
  return rankNearest(list, { origin, places, kind: query.kind, limit: query.limit }).map((r) => ({
    ...r.point,
    distance_km: r.distanceKm,
    located_by: r.locatedBy,
  }));
}

/** The stored form of a validated input: confidential addresses never keep an address or coordinates. */
export function toNewPoint(input: ServicePointInput, id: string): NewServicePoint {
  const confidential = input.address_confidential;
  return {
    id, name: input.name, kind: input.kind, address: confidential ? null : input.address ?? null,
    address_confidential: confidential, district: input.district ?? null,
    lat: confidential ? null : input.lat ?? null, lon: confidential ? null : input.lon ?? null,
    phones: input.phones, hours: input.hours ?? null, languages: input.languages, notes: input.notes ?? null,
    last_verified_on: input.last_verified_on ?? null, source: input.source,
  };
}

/** Adds a point; a resent create (same id) changes nothing and answers the stored point. */
export async function createServicePoint(deps: ServiceDeps, ctx: CallContext, input: ServicePointInput): Promise<ServicePointOutput> {
  authorize(ctx.actor, 'services.manage');
  return deps.store.transaction(async (repos) => {
    const id = input.id ?? uuidv7();
    const existing = await repos.servicePoints.findAny(id);
    if (existing) return withoutFlag(existing);
    await repos.servicePoints.insertIfAbsent(toNewPoint(input, id));
    const after = (await repos.servicePoints.findById(id))!;
    await recordAudit(repos, ctx, deps.clock(), { action: 'create', entity: 'service_point', entityId: id, after });
    return after;
  });
}

const withoutFlag = ({ archived: _archived, ...point }: ServicePointOutput & { archived: boolean }): ServicePointOutput => point;

/**
 * Corrects or archives a point: the fields sent change, the rest stay; a stale `version` changes
 * nothing. The row is marked edited, so the shipped seed never overwrites the correction.
 */
export async function updateServicePoint(deps: ServiceDeps, ctx: CallContext, id: string, change: ServicePointUpdate): Promise<ServicePointOutput> {
  authorize(ctx.actor, 'services.manage');
  return deps.store.transaction(async (repos) => {
    const found = await repos.servicePoints.findAny(id);
    if (!found) throw notFound('Service point');
    const { version, archived, ...fields } = change;
    const before = withoutFlag(found);
    const merged = { ...before, ...fields };
    const problems = pointProblems(merged);
    if (problems.length) throw validationFailed(problems);
    const { coordinates_note: _note, version: _v, ...point } = merged;
    const after = await repos.servicePoints.update(point, version, archived ?? found.archived);
    if (!after) throw versionConflict('service point', found.version);
    await recordAudit(repos, ctx, deps.clock(), { action: archived ? 'archive' : 'update', entity: 'service_point', entityId: id, before, after });
    return after;
  });
}

/** Writes every point of an import, or none: the caller has validated every row first. */
export async function importServicePoints(deps: ServiceDeps, ctx: CallContext, inputs: readonly ServicePointInput[]): Promise<number> {
  authorize(ctx.actor, 'services.manage');
  const points = inputs.map((input) => toNewPoint(input, input.id ?? uuidv7()));
  return deps.store.transaction(async (repos) => {
    await repos.servicePoints.upsertMany(points);
    const at = deps.clock();
    await repos.audit.appendMany(points.map((p) => auditEntry(ctx, at, { action: 'import', entity: 'service_point', entityId: p.id, after: p })));
    return points.length;
  });
}
