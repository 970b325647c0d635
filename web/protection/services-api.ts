/**
 * The services directory's admin screen calls: the list with its filters, the departments for
 * the filter, district search for the form, and the two writes (add with an id made here, so a
 * resend records once; correct with the version it was based on). Shares the protection
 * chunk's connection to the session (protection-api.ts).
 */
import type { Items, Place } from '../api/types.ts';
import type { ServiceKind, ServicePointInput, ServicePointOutput, ServicePointUpdate } from '../../src/contracts/services-directory.ts';
import type { z } from 'zod';
import { moduleRequests } from '../api/module-requests.ts';

const requests = moduleRequests();
export const connectServices = requests.connect;
const request = requests.request;

export type { ServiceKind, ServicePointOutput };
export type NewServicePoint = z.input<typeof ServicePointInput>;
export type ServiceCorrection = z.input<typeof ServicePointUpdate>;

export interface ServiceFilter {
  kind: ServiceKind | '';
  /** A 2-digit department code, or '' for the whole country. */
  department: string;
  q: string;
}

export function serviceListPath(f: ServiceFilter): string {
  const params = new URLSearchParams({ limit: '1000' });
  if (f.kind) params.set('kind', f.kind);
  if (f.department) params.set('district', f.department);
  if (f.q.trim()) params.set('q', f.q.trim());
  // The help pages' offline copy is `/api/services?limit=1000` exactly (web/public/sw.js);
  // a filtered list is never that URL, and the unfiltered one is the same public answer.
  return `/api/services?${params}`;
}

const placesPath = (params: Record<string, string>) => `/api/places?${new URLSearchParams(params)}`;

export const servicesApi = {
  list: (f: ServiceFilter) => request<Items<ServicePointOutput>>('GET', serviceListPath(f)),
  departments: () => request<Items<Place>>('GET', placesPath({ level: 'department', limit: '50' })),
  districts: (q: string) => request<Items<Place>>('GET', placesPath({ level: 'district', limit: '20', q })),
  district: (code: string) => request<Items<Place>>('GET', placesPath({ code, limit: '1' })),
  create: (input: NewServicePoint) => request<{ service: ServicePointOutput }>('POST', '/api/services', input),
  correct: (id: string, change: ServiceCorrection) => request<{ service: ServicePointOutput }>('PATCH', `/api/services/${encodeURIComponent(id)}`, change),
};
