/**
 * The people list's search as it lives in the address bar (`/people?q=rosa&profile=pallaquera`),
 * so going back from a person's page returns to the same results, and how the one search box
 * is read: eight digits are a DNI, other digit strings a phone number, anything else a name.
 */
import type { PersonSearch, Profile } from '../api/types.ts';
import { PROFILE_LABELS } from './labels.ts';

export const PAGE_SIZE = 20;

export interface ListState {
  text: string;
  profile: Profile | '';
  /** UBIGEO district code, or ''. */
  district: string;
  page: number;
}

export const EMPTY_LIST_STATE: ListState = { text: '', profile: '', district: '', page: 1 };

export function readListState(search: string): ListState {
  const params = new URLSearchParams(search);
  const profile = params.get('profile') ?? '';
  const district = params.get('district') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    text: params.get('q') ?? '',
    profile: profile in PROFILE_LABELS ? (profile as Profile) : '',
    district: /^\d{6}$/.test(district) ? district : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function writeListState(state: ListState): string {
  const params = new URLSearchParams();
  if (state.text.trim()) params.set('q', state.text.trim());
  if (state.profile) params.set('profile', state.profile);
  if (state.district) params.set('district', state.district);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The API query for `state`: the search box becomes `dni`, `phone` or `q`. */
export function toPersonSearch(state: ListState): PersonSearch {
  const text = state.text.trim();
  const query: PersonSearch = { limit: PAGE_SIZE, offset: (state.page - 1) * PAGE_SIZE };
  if (/^\d{8}$/.test(text)) query.dni = text;
  else if (/^\+?[\d ]{6,}$/.test(text)) query.phone = text;
  else if (text) query.q = text;
  if (state.profile) query.profile = state.profile;
  if (state.district) query.district = state.district;
  return query;
}

let listHref = '/people';

/** Remembers the list's address with its search, for the "back to the list" links. */
export function rememberListHref(href: string): void {
  listHref = href;
}

export function lastListHref(): string {
  return listHref;
}
