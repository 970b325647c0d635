/**
 * The people kept on the phone, for recording with no signal: the women of her organisations
 * from the last sync and the ones she registered here (first, marked "not yet sent" until the
 * server has them), searched by any part of the name, each with the way to record her lot or
 * her sale. Shows at most SHOWN at a time; typing narrows the list.
 */
import { useState } from 'preact/hooks';
import type { PersonSummary } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import type { OnPhone } from './field-records.ts';

const SHOWN = 30;
const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
export const fullName = (p: PersonSummary) => [p.given_names, p.paternal_surname, p.maternal_surname].filter(Boolean).join(' ');

export function FieldPeople({ people }: { people: readonly OnPhone<PersonSummary>[] }) {
  const [query, setQuery] = useState('');
  const words = fold(query).split(/\s+/).filter(Boolean);
  const found = people.filter((p) => words.every((w) => fold(fullName(p)).includes(w)));
  return (
    <section class="card" data-testid="field-people">
      <h2>{t('field.people')}</h2>
      <p><a href="/people/new" onClick={onLinkClick}>{t('field.registerPerson')}</a></p>
      <div class="field">
        <label for="field-search">{t('field.search')}</label>
        <input id="field-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autoComplete="off" />
      </div>
      {found.length === 0 && <p class="muted">{t('field.noPeople')}</p>}
      <ul class="list">
        {found.slice(0, SHOWN).map((p) => (
          <li class="item field-item" key={p.id} data-testid="field-person">
            <strong>{fullName(p)}</strong>
            {p.id_number_last3 && <span class="muted"> ···{p.id_number_last3}</span>}
            {p.outbox_state && p.outbox_state !== 'synced' && <span class="field-state field-state-waiting">{t('field.notYetSent')}</span>}
            <span class="field-actions">
              <a href={`/production/people/${p.id}/lots/new`} onClick={onLinkClick}>{t('field.recordLot')}</a>
              <a href={`/production/people/${p.id}/sales/new`} onClick={onLinkClick}>{t('field.recordSale')}</a>
            </span>
          </li>
        ))}
      </ul>
      {found.length > SHOWN && <p class="muted">{t('field.morePeople', { count: found.length - SHOWN })}</p>}
    </section>
  );
}
