/**
 * Scheduling or recording a session of one module: date, place, facilitator and organisation
 * (her own by default). The id is made here, so pressing save twice on a slow line records one
 * session; problems come back per field from the server.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Organisation, SessionUser } from '../api/types.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { uuidv7 } from '../registry/uuid.ts';
import { trainingsApi, type Programme } from './trainings-api.ts';

const FIELDS = ['module_id', 'held_on', 'place', 'district', 'facilitator', 'organisation_id'];
const today = () => new Date(Date.now() - 5 * 3600_000).toISOString().slice(0, 10);

export function SessionForm({ programme, user, onCreated }: { programme: Programme; user: SessionUser; onCreated: (id: string) => void }) {
  const [draft, setDraft] = useState({ module_id: programme.modules[0]?.id ?? '', held_on: today(), place: '', district: '', facilitator: '', organisation_id: user.organisation_id ?? '' });
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = useRef(uuidv7());
  useEffect(() => void trainingsApi.organisations().then((l) => setOrganisations(l.items), () => setOrganisations([])), []);
  const set = (field: keyof typeof draft) => (value: string) => setDraft({ ...draft, [field]: value });

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      const { session } = await trainingsApi.createSession({
        id: id.current, programme_id: programme.id, module_id: draft.module_id, held_on: draft.held_on, place: draft.place,
        district: draft.district || null, facilitator: draft.facilitator, organisation_id: draft.organisation_id,
      });
      id.current = uuidv7();
      onCreated(session.id);
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };
  const problems = fieldErrors(error);
  return (
    <form onSubmit={submit} noValidate>
      <h3>{t('training.newSession')}</h3>
      <SelectField name="module_id" label={t('training.module')} value={draft.module_id} onChange={set('module_id')} error={problems.module_id}>
        {programme.modules.map((m) => <option key={m.id} value={m.id}>{m.position}. {m.title}</option>)}
      </SelectField>
      <TextField name="held_on" type="date" label={t('training.heldOn')} value={draft.held_on} onInput={set('held_on')} error={problems.held_on} isRequired />
      <TextField name="place" label={t('training.place')} value={draft.place} onInput={set('place')} error={problems.place} />
      <TextField name="district" inputMode="numeric" label={t('training.district')} value={draft.district} onInput={set('district')} error={problems.district} maxLength={6} />
      <TextField name="facilitator" autoCapitalize="words" label={t('training.facilitator')} value={draft.facilitator} onInput={set('facilitator')} error={problems.facilitator} isRequired />
      <SelectField name="organisation_id" label={t('training.organisation')} value={draft.organisation_id} onChange={set('organisation_id')} error={problems.organisation_id}>
        <option value="" />
        {organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </SelectField>
      <ErrorSummary error={error} fields={FIELDS} />
      <button type="submit" class="primary" disabled={isBusy}>{t('training.createSession')}</button>
    </form>
  );
}
