/**
 * The savings screens' reads from the HTTP API (groups, a group's book, a cycle's balances and
 * rules, its meetings), through the shared module request helper (web/api/module-requests.ts).
 * Meetings are not posted from here: they go through the offline outbox (web/offline), which
 * stores them first and sends them when it can. `loadCycleSet` is the working set the meeting
 * screen needs, kept on the phone so the screen opens with no network.
 */
import type { z } from 'zod';
import { moduleRequests } from '../api/module-requests.ts';
import type { SavingsCycleReport, SavingsGroupDetail, SavingsGroupList, SavingsGroupReport, SavingsMeetingInput, SavingsMeetingList } from '../../src/contracts/savings.ts';
import { getLanguage } from '../i18n/i18n.ts';
import { loadKept, type Loaded } from '../offline/working-set.ts';

const requests = moduleRequests();
export const connectSavings = requests.connect;
const request = requests.request;
const enc = encodeURIComponent;

export type GroupList = z.infer<typeof SavingsGroupList>;
export type { SavingsCycleReport, SavingsGroupDetail, SavingsGroupReport, SavingsMeetingInput, SavingsMeetingList };

export const savingsApi = {
  groups: () => request<GroupList>('GET', '/api/savings/groups'),
  group: (id: string) => request<SavingsGroupDetail>('GET', `/api/savings/groups/${enc(id)}`),
  cycle: (id: string) => request<SavingsCycleReport>('GET', `/api/savings/cycles/${enc(id)}`),
  meetings: (id: string) => request<SavingsMeetingList>('GET', `/api/savings/cycles/${enc(id)}/meetings`),
  /** The group report of a cycle (per meeting and for the cycle); read online only, not kept on the phone. */
  report: (id: string) => request<SavingsGroupReport>('GET', `/api/savings/cycles/${enc(id)}/report`),
};

/** The server words its files in Spanish or English; Quechua and Aymara readers get Spanish. */
const fileLang = () => (getLanguage() === 'en' ? 'en' : 'es');

/** Download paths (the links add `&format=csv|xlsx|pdf`): a cycle's group report and a member's statement. */
export const savingsFiles = {
  report: (cycleId: string) => `/api/savings/cycles/${enc(cycleId)}/report?lang=${fileLang()}`,
  statement: (cycleId: string, personId: string) => `/api/savings/cycles/${enc(cycleId)}/members/${enc(personId)}/statement?lang=${fileLang()}`,
};

/** The outbox kind and address of a meeting. */
export const MEETING_KIND = 'savings.meeting';
export const MEETINGS_URL = '/api/savings/meetings';

/** What the meeting screen needs: the cycle's balances and rules, the group's book with names, the meetings so far. */
export interface CycleSet {
  report: SavingsCycleReport;
  group: SavingsGroupDetail;
  meetings: SavingsMeetingList;
}

export function loadCycleSet(owner: string, cycleId: string): Promise<Loaded<CycleSet>> {
  return loadKept(owner, `savings.cycle:${cycleId}`, async () => {
    const [report, meetings] = await Promise.all([savingsApi.cycle(cycleId), savingsApi.meetings(cycleId)]);
    return { report, meetings, group: await savingsApi.group(report.group_id) };
  });
}

export const loadGroups = (owner: string) => loadKept(owner, 'savings.groups', savingsApi.groups);

export interface GroupSet {
  group: SavingsGroupDetail;
  /** The open cycle's balances, when one is open. */
  open: SavingsCycleReport | null;
}

export function loadGroupSet(owner: string, groupId: string): Promise<Loaded<GroupSet>> {
  return loadKept(owner, `savings.group:${groupId}`, async () => {
    const group = await savingsApi.group(groupId);
    const openCycle = [...group.cycles].reverse().find((c) => !c.closed);
    return { group, open: openCycle ? await savingsApi.cycle(openCycle.id) : null };
  });
}
