/**
 * Names for the codes and ids that registry answers carry: "District, Province, Department"
 * for a UBIGEO district code and an organisation's name for its id. Each is fetched once per
 * visit and kept in memory (the places answer is also cached by the browser for an hour), so
 * a list of fifty people costs a handful of small requests, not fifty. With no signal, the
 * pickers answer from the copy a field phone keeps (web/offline/field-working-set.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Organisation, Place } from '../api/types.ts';
import { api } from '../app/api.ts';
import type { Choice } from '../ui/search-select.tsx';
import { isNoAnswer } from '../offline/field-queue.ts';
import { keptForSignedIn, matchingByName } from '../offline/field-working-set.ts';
import { registryApi } from './registry-api.ts';

const placeLabels = new Map<string, Promise<string>>();
let organisations: Promise<Organisation[]> | null = null;

export function placeLabel(place: Place): string {
  return [place.name, place.province, place.department].filter((p, i, all) => p && all.indexOf(p) === i).join(', ');
}

/** "Ananea, San Antonio de Putina, Puno" for `211002` (any UBIGEO code); the code itself if unknown. */
export function placeLabelFor(code: string): Promise<string> {
  let label = placeLabels.get(code);
  if (!label) {
    label = api.places({ code, limit: 1 }).then(
      (found) => (found[0] ? placeLabel(found[0]) : code),
      () => code,
    );
    placeLabels.set(code, label);
  }
  return label;
}

/** The kept copy's answer when the server cannot be reached (a field phone with no signal); other errors as they are. */
async function orKept<T>(ask: () => Promise<T[]>, kept: () => Promise<T[]>): Promise<T[]> {
  try {
    return await ask();
  } catch (err) {
    const copy = isNoAnswer(err) ? await kept() : [];
    if (copy.length === 0) throw err;
    return copy;
  }
}

/** District choices whose name matches `text`, for the district pickers. */
export async function searchDistricts(text: string): Promise<Choice[]> {
  const found = await orKept(() => api.places({ q: text, level: 'district', limit: 20 }), async () => matchingByName(await keptForSignedIn('places'), text));
  return found.map((place) => {
    const label = placeLabel(place);
    placeLabels.set(place.code, Promise.resolve(label));
    return { value: place.code, label };
  });
}

/** Every organisation, fetched once per visit; call `forgetOrganisations` after creating one. */
export function allOrganisations(): Promise<Organisation[]> {
  organisations ??= orKept(() => registryApi.listOrganisations(), () => keptForSignedIn('organisations')).catch((err: unknown) => {
    organisations = null;
    throw err;
  });
  return organisations;
}

export function forgetOrganisations(): void {
  organisations = null;
}

/** Organisation choices whose name matches `text`, for the organisation pickers. */
export async function searchOrganisations(text: string): Promise<Choice[]> {
  const found = await orKept(() => registryApi.listOrganisations({ q: text }), async () => matchingByName(await keptForSignedIn('organisations'), text));
  return found.slice(0, 20).map((o) => ({ value: o.id, label: o.name }));
}

/** Labels for the UBIGEO codes in `codes`, filled in as they arrive. */
export function usePlaceLabels(codes: readonly (string | null)[]): Record<string, string> {
  const [labels, setLabels] = useState<Record<string, string>>({});
  const wanted = [...new Set(codes.filter((c): c is string => Boolean(c)))].sort().join(',');
  useEffect(() => {
    let isCurrent = true;
    const list = wanted ? wanted.split(',') : [];
    void Promise.all(list.map(async (code) => [code, await placeLabelFor(code)] as const)).then((pairs) => {
      if (isCurrent) setLabels(Object.fromEntries(pairs));
    });
    return () => {
      isCurrent = false;
    };
  }, [wanted]);
  return labels;
}

/** Organisation names by id (empty until loaded; an unknown id shows as itself). */
export function useOrganisationNames(): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    allOrganisations().then((list) => setNames(Object.fromEntries(list.map((o) => [o.id, o.name]))), () => {});
  }, []);
  return names;
}
