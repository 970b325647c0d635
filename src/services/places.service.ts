/** Look-ups in Peru's UBIGEO reference data: public facts, readable without signing in. */
import type { PlaceOutput, PlaceQuery } from '../contracts/places.ts';
import type { ServiceDeps } from './deps.ts';

export async function searchPlaces(deps: ServiceDeps, query: PlaceQuery): Promise<PlaceOutput[]> {
  return deps.store.repos.places.search(query);
}
