/**
 * Turns one row of MIMP's public list of violence-response services (data/services/
 * mimp-violence-services.csv) into a service point. Rules, documented in docs/services-directory.md:
 * CEM → `cem`; HRT (temporary shelters) → `shelter`, address and coordinates withheld; SAR
 * (rural service) and SAU (urgent care) → `other`; CAI (re-education of aggressors) is not a
 * service for survivors and is skipped. Coordinates more than 25 km from the district capital
 * (11 CEM and 3 SAR in the 2026 list) are discarded: the lookup falls back to the capital.
 */
import { splitPhones } from './phones.ts';

export const SUSPICIOUS_KM = 25;

export interface MimpRow {
  service_type: string;
  name: string;
  ubigeo: string;
  address: string;
  phone: string;
  lat: string;
  lon: string;
  km_from_district_capital: string;
}

export interface ShippedServicePoint {
  name: string;
  kind: 'cem' | 'shelter' | 'other';
  address: string | null;
  address_confidential: boolean;
  district: string | null;
  lat: number | null;
  lon: number | null;
  coordinates_note: string | null;
  phones: string[];
  notes: string | null;
}

const KINDS: Record<string, ShippedServicePoint['kind'] | undefined> = { CEM: 'cem', HRT: 'shelter', SAR: 'other', SAU: 'other' };
const LABELS: Record<string, string> = { SAR: 'Servicio de Atención Rural (MIMP)', SAU: 'Servicio de Atención Urgente (MIMP)' };

function coordinates(row: MimpRow): Pick<ShippedServicePoint, 'lat' | 'lon' | 'coordinates_note'> {
  if (row.lat === '' || row.lon === '') {
    return { lat: null, lon: null, coordinates_note: row.lat === row.lon ? 'no coordinates in the source' : 'incomplete coordinates in the source' };
  }
  const km = Number(row.km_from_district_capital);
  if (km > SUSPICIOUS_KM) {
    return { lat: null, lon: null, coordinates_note: `source coordinates ${row.lat},${row.lon} are ${km} km from the district capital: discarded` };
  }
  return { lat: Number(row.lat), lon: Number(row.lon), coordinates_note: null };
}

/** Null for a row the directory does not carry (CAI). */
export function fromMimpRow(row: MimpRow): ShippedServicePoint | null {
  const kind = KINDS[row.service_type];
  if (!kind) return null;
  const { phones, rejected } = splitPhones(row.phone);
  const notes = [LABELS[row.service_type], rejected.length ? `unreadable phone in the source: ${rejected.join(', ')}` : undefined]
    .filter(Boolean)
    .join('; ');
  const isShelter = kind === 'shelter';
  return {
    name: row.name.trim(),
    kind,
    address: isShelter || row.address.trim() === '' ? null : row.address.trim(),
    address_confidential: isShelter,
    district: /^\d{6}$/.test(row.ubigeo) ? row.ubigeo : null,
    ...(isShelter ? { lat: null, lon: null, coordinates_note: 'confidential' } : coordinates(row)),
    phones,
    notes: notes || null,
  };
}
