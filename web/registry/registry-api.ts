/**
 * The registry's calls to the HTTP API. Lives in the lazily loaded registry chunk so the login
 * route does not carry it. It follows the shared client's rules (web/api/client.ts): same-origin
 * cookies, the session's CSRF token on every write, Accept-Language, problem+json → `ApiError`,
 * and a 401 reported as a lost session. The app root connects it with the session it holds.
 */
import { moduleRequests } from '../api/module-requests.ts';
import type {
  Consent, ConsentInput, DuplicateDecision, DuplicateOutcome, DuplicatePair, Items, Membership, MembershipInput,
  Organisation, OrganisationDetail, OrganisationInput, OrganisationQuery, OrganisationUpdate, PersonDetail,
  PersonInput, PersonList, PersonSearch, PersonUpdate, PersonWrite,
} from '../api/types.ts';
import type { PeopleImportQuery, PeopleImportReport } from '../../src/contracts/people-import.ts';
import type { AuthorisationInput, AuthorisationOutput, SiteDetail, SiteInput, SiteOutput, SiteUpdate } from '../../src/contracts/sites.ts';
import type { z } from 'zod';

const requests = moduleRequests();

/** Called by the app root on every render of a registry screen with the current session. */
export const connectRegistry = requests.connect;
const { send, request } = requests;

/** `?a=1&b=x` from the defined, non-empty values of `query`. */
export function queryString(query: object): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const text = params.toString();
  return text ? `?${text}` : '';
}

const at = (id: string) => encodeURIComponent(id);

export type ImportQuery = z.input<typeof PeopleImportQuery>;
export type ImportReport = PeopleImportReport;
export type Site = SiteOutput;
export type Authorisation = AuthorisationOutput;
export type SiteWithAuthorisations = z.infer<typeof SiteDetail>;

export const registryApi = {
  searchPeople: (query: PersonSearch) => request<PersonList>('GET', `/api/people${queryString(query)}`),
  createPerson: (input: PersonInput) => request<PersonWrite>('POST', '/api/people', input),
  getPerson: (id: string) => request<PersonDetail>('GET', `/api/people/${at(id)}`),
  updatePerson: (id: string, change: PersonUpdate) => request<PersonWrite>('PATCH', `/api/people/${at(id)}`, change),
  addConsent: (personId: string, input: ConsentInput) =>
    request<{ consent: Consent }>('POST', `/api/people/${at(personId)}/consents`, input),
  withdrawConsent: (personId: string, consentId: string) =>
    request<{ consent: Consent }>('POST', `/api/people/${at(personId)}/consents/${at(consentId)}/withdraw`, {}),
  async listOrganisations(query: OrganisationQuery = {}): Promise<Organisation[]> {
    return (await request<Items<Organisation>>('GET', `/api/organisations${queryString(query)}`)).items;
  },
  getOrganisation: (id: string) => request<OrganisationDetail>('GET', `/api/organisations/${at(id)}`),
  createOrganisation: (input: OrganisationInput) =>
    request<{ organisation: Organisation }>('POST', '/api/organisations', input),
  updateOrganisation: (id: string, change: OrganisationUpdate) =>
    request<{ organisation: Organisation }>('PATCH', `/api/organisations/${at(id)}`, change),
  addMembership: (input: MembershipInput) => request<{ membership: Membership }>('POST', '/api/memberships', input),
  endMembership: (id: string, toDate: string) =>
    request<{ membership: Membership }>('POST', `/api/memberships/${at(id)}/end`, { to_date: toDate }),
  async listDuplicates(): Promise<DuplicatePair[]> {
    return (await request<Items<DuplicatePair>>('GET', '/api/duplicates')).items;
  },
  decideDuplicate: (id: string, decision: DuplicateDecision) =>
    request<DuplicateOutcome>('POST', `/api/duplicates/${at(id)}`, decision),
  async listSites(query: { q?: string; district?: string } = {}): Promise<Site[]> {
    return (await request<Items<Site>>('GET', `/api/sites${queryString(query)}`)).items;
  },
  createSite: (input: z.input<typeof SiteInput>) => request<{ site: Site }>('POST', '/api/sites', input),
  updateSite: (id: string, change: z.input<typeof SiteUpdate>) => request<{ site: Site }>('PATCH', `/api/sites/${at(id)}`, change),
  getSite: (id: string) => request<SiteWithAuthorisations>('GET', `/api/sites/${at(id)}`),
  addAuthorisation: (siteId: string, input: z.input<typeof AuthorisationInput>) =>
    request<{ authorisation: Authorisation }>('POST', `/api/sites/${at(siteId)}/authorisations`, input),
  /** Sends the file's bytes as they are; the server finds the format and encoding itself. */
  importPeople: (query: ImportQuery, file: Blob) =>
    send<ImportReport>('POST', `/api/people/import${queryString(query)}`, { type: 'application/octet-stream', data: file }),
};
