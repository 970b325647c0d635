/**
 * A person registered on a phone with no network whose DNI the registry already holds for
 * someone else. The online form refuses her at once (the promoter can open the registered
 * woman instead), but an outbox sends her hours later, after her ore lots and sales were
 * recorded on the phone against her new id: refusing her would refuse them too. So an outbox
 * create asks for `on_dni_taken: 'review'`: she is registered without the DNI (the unique
 * index on active DNIs still holds), the typed DNI kept word for word in `id_none_reason`,
 * and the pair goes to the duplicate review queue, where a merge moves her lots and sales to
 * the registered woman. Nothing typed is lost and nothing is refused.
 */
import { uuidv7 } from 'uuidv7';
import type { PersonInput, PersonOutput } from '../../contracts/registry.ts';
import { MATCH_THRESHOLDS, scorePair } from '../../domain/registry/duplicates/index.ts';
import type { Repos } from '../ports.ts';
import { toSummary, type PossibleDuplicate } from './duplicates.service.ts';
import { toMatchable } from './person-record.ts';

export interface DniTaken {
  dni: string;
  holder: PersonOutput;
}

/** The registered holder of the DNI this create asks to review rather than refuse, if any. */
export async function findTakenDni(repos: Repos, input: PersonInput, selfId: string): Promise<DniTaken | undefined> {
  if (input.on_dni_taken !== 'review' || input.id_type !== 'dni' || !input.id_number) return undefined;
  const dni = input.id_number.trim().toUpperCase();
  const holder = await repos.people.findActiveByDni(dni);
  return holder && holder.id !== selfId ? { dni, holder } : undefined;
}

/** The input registered without the taken DNI, which stays readable in the reason. */
export function withoutTakenDni(input: PersonInput, taken: DniTaken): PersonInput {
  return { ...input, id_type: 'none', id_number: null, id_none_reason: `DNI ${taken.dni} is registered to another person: awaiting duplicate review` };
}

/** Queues the pair (new person, holder) for review, scored as if she had kept her DNI; returns it as a likely duplicate. */
export async function proposeTakenDniPair(repos: Repos, person: PersonOutput, taken: DniTaken): Promise<PossibleDuplicate> {
  const asTyped = toMatchable({ ...person, id_type: 'dni', id_number: taken.dni });
  const result = scorePair(asTyped, toMatchable(taken.holder));
  const reasons = result.reasons.some((r) => r.startsWith('same_dni')) ? result.reasons : ['same_dni', ...result.reasons];
  await repos.duplicates.propose({ id: uuidv7(), person_a: person.id, person_b: taken.holder.id, score: result.score, reasons });
  return { person: toSummary(taken.holder), score: result.score, band: result.score >= MATCH_THRESHOLDS.match ? 'match' : 'possible', reasons };
}
