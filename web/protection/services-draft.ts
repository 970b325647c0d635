/**
 * A service point as the admin form keeps it (text in every box) and the two ways back to the
 * API: a whole new point, or a correction carrying only what changed and the version it was
 * based on (the server refuses a stale one). Also places the server's problems on the form's
 * boxes: `phones.2` belongs to the phones box and names the phone that was refused. Pure.
 */
import { ApiError } from '../api/client.ts';
import type { NewServicePoint, ServiceCorrection, ServiceKind, ServicePointOutput } from './services-api.ts';

export type Language = 'es' | 'qu' | 'ay' | 'en' | 'other';

export interface ServiceDraft {
  name: string;
  kind: ServiceKind;
  address: string;
  address_confidential: boolean;
  /** 6-digit UBIGEO, or '' */
  district: string;
  lat: string;
  lon: string;
  /** As typed: phones separated by commas, semicolons or slashes. */
  phones: string;
  hours: string;
  languages: Language[];
  last_verified_on: string;
  notes: string;
}

export const EMPTY_SERVICE: ServiceDraft = {
  name: '', kind: 'cem', address: '', address_confidential: false, district: '', lat: '', lon: '',
  phones: '', hours: '', languages: ['es'], last_verified_on: '', notes: '',
};

export function draftOf(p: ServicePointOutput): ServiceDraft {
  return {
    name: p.name, kind: p.kind, address: p.address ?? '', address_confidential: p.address_confidential, district: p.district ?? '',
    lat: p.lat == null ? '' : String(p.lat), lon: p.lon == null ? '' : String(p.lon), phones: p.phones.join(', '), hours: p.hours ?? '',
    languages: p.languages.filter((l): l is Language => ['es', 'qu', 'ay', 'en', 'other'].includes(l)), last_verified_on: p.last_verified_on ?? '', notes: p.notes ?? '',
  };
}

export const splitPhones = (text: string): string[] => text.split(/[,;/]/).map((p) => p.trim()).filter(Boolean);

/** A coordinate as typed ("-14,68" is fine); text that is no number goes as is, so the server names the field. */
function coordinate(text: string): number | string | null {
  const clean = text.trim().replace(',', '.');
  if (!clean) return null;
  return Number.isFinite(Number(clean)) ? Number(clean) : clean;
}
const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** Every field as the API takes it: empty boxes are null. */
function fieldsOf(d: ServiceDraft) {
  return {
    name: d.name.trim(), kind: d.kind, address: orNull(d.address), address_confidential: d.address_confidential,
    district: orNull(d.district), lat: coordinate(d.lat), lon: coordinate(d.lon), phones: splitPhones(d.phones),
    hours: orNull(d.hours), languages: d.languages, last_verified_on: orNull(d.last_verified_on), notes: orNull(d.notes),
  };
}

export function newPointOf(d: ServiceDraft, id: string): NewServicePoint {
  return { id, ...fieldsOf(d) } as NewServicePoint;
}

/** Only the fields that differ from the point as loaded, with its version; null when nothing changed. */
export function correctionOf(before: ServicePointOutput, d: ServiceDraft): ServiceCorrection | null {
  const was = fieldsOf(draftOf(before)) as Record<string, unknown>;
  const changed = Object.entries(fieldsOf(d)).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(was[key]));
  if (changed.length === 0) return null;
  return { version: before.version, ...Object.fromEntries(changed) } as ServiceCorrection;
}

/** The same error with `phones.N` problems on the phones box, each naming the phone it refused. */
export function onFormBoxes(err: unknown, sentPhones: readonly string[]): unknown {
  if (!(err instanceof ApiError)) return err;
  const details = err.details.map((d) => {
    const m = /^phones\.(\d+)$/.exec(d.path);
    return m ? { ...d, path: 'phones', params: { ...d.params, phone: sentPhones[Number(m[1])] ?? '' } } : d;
  });
  return new ApiError({ code: err.code, message: err.message, status: err.status, details, ...(err.rule ? { rule: err.rule } : {}), params: err.params });
}
