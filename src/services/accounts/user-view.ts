/** Maps a user record to its public contract shape: never the password hash. */
import type { UserOutput } from '../../contracts/accounts.ts';
import type { UserRecord } from '../ports.ts';

export function toUserOutput(user: UserRecord): UserOutput {
  return {
    id: user.id,
    username: user.username,
    display_name: user.displayName,
    role: user.role,
    organisation_id: user.organisationId,
    person_id: user.personId,
    disabled_at: user.disabledAt?.toISOString() ?? null,
    created_at: user.createdAt.toISOString(),
  };
}
