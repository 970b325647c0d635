/**
 * Who sees which people (the registry's access rule, Ley 29733's least privilege):
 * staff see the members of their organisation subtree, a member sees her own record, a partner
 * sees only records a person consented to share with the partner's organisation, analysts see
 * aggregates only, and network-wide operators see everyone. Partners never see the sensitive
 * household, literacy and contact fields.
 */
import type { Actor } from '../auth/actor.ts';

export type PeopleReach = 'everyone' | 'subtree' | 'self' | 'shared_by_consent' | 'nobody';

export function peopleReach(actor: Actor): PeopleReach {
  if (actor.type === 'cli' || actor.type === 'system' || actor.role === 'admin') return 'everyone';
  switch (actor.role) {
    case 'coordinator':
    case 'association_leader':
    case 'promoter':
    case 'case_worker':
    case 'health_worker':
    case 'case_supervisor':
      return 'subtree';
    case 'member':
      return 'self';
    case 'partner':
      return 'shared_by_consent';
    default:
      return 'nobody';
  }
}

/** Fields withheld from partners even when the person consented to share her record. */
export const PARTNER_HIDDEN_FIELDS = ['birth_date', 'phone', 'head_of_household', 'single_parent', 'dependants', 'literacy', 'education_level'] as const;

export function withoutHiddenFields<T extends Record<string, unknown>>(record: T, reach: PeopleReach): T {
  if (reach !== 'shared_by_consent') return record;
  const copy: Record<string, unknown> = { ...record };
  for (const field of PARTNER_HIDDEN_FIELDS) if (field in copy) copy[field] = null;
  return copy as T;
}
