/**
 * Enrolling people in a programme from a phone: search the registry by name or DNI, tick the
 * people found and enrol them at once. The server checks that each one is within reach and
 * names anyone it refuses; enrolling someone twice changes nothing.
 */
import { useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary, TextField } from '../ui/form.tsx';
import { trainingsApi, type PersonSummary } from './trainings-api.ts';

const nameOf = (p: PersonSummary) => [p.given_names, p.paternal_surname, p.maternal_surname].filter(Boolean).join(' ');

export function EnrolBox({ programmeId, onEnrolled }: { programmeId: string; onEnrolled: () => void }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PersonSummary[]>([]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const search = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      setFound((await trainingsApi.searchPeople(query)).items);
    } catch (err) {
      setError(err);
    }
  };
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const enrol = async () => {
    setError(null);
    try {
      await trainingsApi.enrol(programmeId, [...chosen]);
      setChosen(new Set());
      setFound([]);
      setNotice(t('training.enrolledOk'));
      onEnrolled();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div class="enrol-box">
      <form onSubmit={search} role="search">
        <TextField name="q" type="search" label={t('training.enrolSearch')} value={query} onInput={setQuery} />
        <button type="submit">{t('training.search')}</button>
      </form>
      {found.length > 0 && (
        <ul class="tick-list">
          {found.map((p) => (
            <li key={p.id}>
              <label><input type="checkbox" checked={chosen.has(p.id)} onChange={() => toggle(p.id)} /> {nameOf(p)}</label>
            </li>
          ))}
        </ul>
      )}
      {chosen.size > 0 && <button type="button" class="primary" onClick={enrol}>{t('training.enrol')}</button>}
      {notice && <p class="alert" role="status">{notice}</p>}
      <ErrorSummary error={error} />
    </div>
  );
}
