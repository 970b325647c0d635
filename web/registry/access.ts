/**
 * What each role may do inside the registry screens, mirroring the server's permission table
 * (src/domain/auth/roles.ts, which the web may not import at run time). It only decides which
 * buttons and forms to show; the server checks every request on its own, so a mismatch here
 * shows a button that gets a polite FORBIDDEN, never a hole.
 */
import type { Role } from '../api/types.ts';

const ABILITIES = {
  /** people.write, without members (they correct only their own record). */
  registerPeople: ['admin', 'coordinator', 'association_leader', 'promoter'],
  recordConsents: ['admin', 'coordinator', 'association_leader', 'promoter'],
  /** Partners are never sent a person's consents, so they get no (misleadingly empty) list. */
  seeConsents: ['admin', 'coordinator', 'association_leader', 'promoter', 'case_worker', 'member'],
  manageMemberships: ['admin', 'coordinator', 'association_leader'],
  reviewDuplicates: ['admin', 'coordinator', 'association_leader'],
  writeOrganisations: ['admin', 'coordinator'],
  /** sites.write: register mining sites and record ore-selection authorisations. */
  writeSites: ['admin', 'coordinator', 'association_leader', 'promoter'],
  /** production.read / production.write: a woman's lots and sales on her page (members use /production). */
  seeProduction: ['admin', 'coordinator', 'association_leader', 'promoter'],
  recordProduction: ['admin', 'coordinator', 'association_leader', 'promoter'],
  /** trainings.read on a person: her programmes and certificates (a member only her own). */
  seeTrainings: ['admin', 'coordinator', 'association_leader', 'promoter', 'member'],
  /** mercury.read of someone else's results; a member reads only her own (checked by person id). */
  seeMercuryResults: ['health_worker'],
  /** people.data_copy for someone else, on her written request (a member gets her own at /my-data). */
  copyPersonData: ['admin', 'coordinator'],
  /** people.cancel: erase her identity on her written request (ARCO cancellation). */
  cancelPersonData: ['admin', 'coordinator'],
  /** Network-wide: may register people and organisations without naming an organisation. */
  actNetworkWide: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof ABILITIES;

export function can(role: Role, ability: Ability): boolean {
  return (ABILITIES[ability] as readonly Role[]).includes(role);
}
