/**
 * The demo data set as plain data: the national network, a regional network in each of the
 * nine study regions, associations of pallaqueras and miners, and one login per role.
 * Built from a seed so every `pallay demo` shows the same living system.
 */
import type { Role } from '../auth/roles.ts';
import { fullName, randomName, usernameFor, type PersonName } from './names.ts';
import { seededRandom } from './random.ts';

export const DEMO_MARK = '[DEMO]';

/** The nine regions of the study "Women and Men of Gold", with a mining district in each. */
export const STUDY_REGIONS = [
  { department: 'Puno', code: '21', place: 'Ananea' },
  { department: 'Arequipa', code: '04', place: 'Chaparra' },
  { department: 'Piura', code: '20', place: 'Suyo' },
  { department: 'Ayacucho', code: '05', place: 'Sancos' },
  { department: 'Madre de Dios', code: '17', place: 'Huepetuhe' },
  { department: 'Ica', code: '11', place: 'Nasca' },
  { department: 'Cusco', code: '08', place: 'Quiquijana' },
  { department: 'Apurímac', code: '03', place: 'Chalhuanca' },
  { department: 'Áncash', code: '02', place: 'Pampas' },
] as const;

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: string;
  parentKey: string | null;
}

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  organisationKey: string | null;
  name: PersonName;
}

export interface DemoPlan {
  organisations: DemoOrganisation[];
  users: DemoUser[];
}

const ROLE_PLACEMENT: { role: Role; at: 'none' | 'national' | 'regional' | 'association' }[] = [
  { role: 'admin', at: 'none' },
  { role: 'coordinator', at: 'regional' },
  { role: 'association_leader', at: 'association' },
  { role: 'promoter', at: 'association' },
  { role: 'member', at: 'association' },
  { role: 'analyst', at: 'national' },
  { role: 'partner', at: 'national' },
  { role: 'case_worker', at: 'regional' },
  { role: 'health_worker', at: 'regional' },
  { role: 'case_supervisor', at: 'regional' },
];

export function buildDemoPlan(seed = 2022): DemoPlan {
  const random = seededRandom(seed);
  const organisations: DemoOrganisation[] = [
    { key: 'national', name: `${DEMO_MARK} Red Nacional de Mujeres Mineras (demo)`, kind: 'national_network', parentKey: null },
  ];
  for (const region of STUDY_REGIONS) {
    organisations.push({ key: `region-${region.code}`, name: `${DEMO_MARK} Red Regional de Mujeres Mineras de ${region.department}`, kind: 'regional_network', parentKey: 'national' });
    organisations.push({ key: `assoc-${region.code}`, name: `${DEMO_MARK} Asociación de Pallaqueras ${region.place}`, kind: 'selectors_association', parentKey: `region-${region.code}` });
  }
  const used = new Set<string>();
  const users = ROLE_PLACEMENT.map(({ role, at }, index) => {
    const region = STUDY_REGIONS[index % STUDY_REGIONS.length]!;
    let name = randomName(random, 'female');
    while (used.has(usernameFor(name))) name = randomName(random, 'female');
    used.add(usernameFor(name));
    const organisationKey = at === 'none' ? null : at === 'national' ? 'national' : at === 'regional' ? `region-${region.code}` : `assoc-${region.code}`;
    return { username: `demo.${role.replace('_', '-')}`, displayName: `${fullName(name)} ${DEMO_MARK}`, role, organisationKey, name };
  });
  return { organisations, users };
}
