/**
 * Shown after registering someone who looks like a person already in the registry: who the
 * matches are (name, district, last DNI digits) and why, with links to her new record, to each
 * match and, for reviewers, to the duplicate queue where the pair now waits.
 */
import type { PersonWrite, Role } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { can } from './access.ts';
import { fullName } from './format.ts';
import { reasonLabel } from './labels.ts';
import { usePlaceLabels } from './lookups.ts';

interface Props {
  result: PersonWrite;
  /** What was just done: "Registrada: …" or "Cambios guardados: …". */
  notice: string;
  role: Role;
}

export function PossibleDuplicates({ result, notice, role }: Props) {
  const districts = usePlaceLabels(result.possible_duplicates.map((d) => d.person.district));
  const href = `/people/${result.person.id}`;
  return (
    <section class="card" aria-labelledby="dup-title">
      <p class="notice" role="status">{notice}</p>
      <h1 id="dup-title">{t('person.maybeDuplicate')}</h1>
      <p>{t('person.maybeDuplicateIntro')}</p>
      <ul class="list">
        {result.possible_duplicates.map(({ person, reasons }) => (
          <li key={person.id} class="item">
            <a href={`/people/${person.id}`} onClick={onLinkClick}>{fullName(person)}</a>
            <span>
              {person.district ? (districts[person.district] ?? person.district) : t('person.noDistrict')}
              {person.id_number_last3 && ` · ${t('person.dniEnding', { digits: person.id_number_last3 })}`}
            </span>
            <span class="muted">{reasons.map(reasonLabel).join(' · ')}</span>
          </li>
        ))}
      </ul>
      <p class="actions">
        {can(role, 'reviewDuplicates') && (
          <a class="button" href="/duplicates" onClick={onLinkClick}>{t('person.reviewDuplicates')}</a>
        )}
        <a class="button secondary" href={href} onClick={onLinkClick}>{t('person.openRecord')}</a>
      </p>
    </section>
  );
}
