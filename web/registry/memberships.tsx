/**
 * A person's memberships: the organisations she belongs to, her role in each (member or a board
 * post) and since when. Leaders and coordinators may enrol her in another organisation or end
 * a membership; ended ones stay listed, because the history counts for the women's share.
 */
import { useRef, useState } from 'preact/hooks';
import type { Membership, MembershipRole } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { formatDate, today } from './format.ts';
import { choicesOf, MEMBERSHIP_ROLE_LABELS } from './labels.ts';
import { searchOrganisations } from './lookups.ts';
import { registryApi } from './registry-api.ts';
import { uuidv7 } from './uuid.ts';

interface Props {
  personId: string;
  memberships: Membership[];
  organisationNames: Record<string, string>;
  canManage: boolean;
  onChanged: (notice: string) => void;
}

export function periodText(m: Pick<Membership, 'from_date' | 'to_date'>): string {
  return m.to_date
    ? t('membership.period', { from: formatDate(m.from_date), to: formatDate(m.to_date) })
    : t('membership.since', { from: formatDate(m.from_date) });
}

function MembershipForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const [organisation, setOrganisation] = useState<Choice | null>(null);
  const [role, setRole] = useState<MembershipRole>('member');
  const [fromDate, setFromDate] = useState(today());
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = useRef(uuidv7());
  const [missing, setMissing] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setMissing(!organisation);
    if (!organisation) return;
    setIsBusy(true);
    setError(null);
    try {
      await registryApi.addMembership({ id: id.current, person_id: personId, organisation_id: organisation.value, role, from_date: fromDate });
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  const problems = fieldErrors(error);
  return (
    <form onSubmit={submit} noValidate class="subform">
      <h3>{t('membership.add')}</h3>
      <SearchSelect name="membership_organisation" label={t('membership.organisation')} selected={organisation}
        onSelect={setOrganisation} search={searchOrganisations}
        error={missing ? t('form.required') : problems.organisation_id} />
      <SelectField name="membership_role" label={t('membership.role')} value={role}
        onChange={(v) => setRole(v as MembershipRole)} error={problems.role}>
        {choicesOf(MEMBERSHIP_ROLE_LABELS).map((v) => <option key={v} value={v}>{t(MEMBERSHIP_ROLE_LABELS[v])}</option>)}
      </SelectField>
      <TextField name="membership_from" type="date" label={t('membership.from')} value={fromDate}
        onInput={setFromDate} error={problems.from_date} />
      <ErrorSummary error={error} fields={['organisation_id', 'role', 'from_date']} />
      <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('form.saving') : t('membership.save')}</button>
    </form>
  );
}

export function Memberships({ personId, memberships, organisationNames, canManage, onChanged }: Props) {
  const [isAdding, setIsAdding] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const end = async (m: Membership) => {
    const name = organisationNames[m.organisation_id] ?? m.organisation_id;
    if (!confirm(t('membership.endConfirm', { name }))) return;
    setError(null);
    try {
      await registryApi.endMembership(m.id, today());
      onChanged(t('membership.ended', { name }));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section aria-labelledby="memberships-title">
      <h2 id="memberships-title">{t('membership.title')}</h2>
      <ErrorSummary error={error} fields={[]} />
      {memberships.length === 0 && <p>{t('membership.none')}</p>}
      <ul class="list">
        {memberships.map((m) => (
          <li key={m.id} class="item">
            <a href={`/organisations/${m.organisation_id}`} onClick={onLinkClick}>
              {organisationNames[m.organisation_id] ?? m.organisation_id}
            </a>
            <span>{t(MEMBERSHIP_ROLE_LABELS[m.role])}</span>
            <span class="muted">{periodText(m)}</span>
            {canManage && !m.to_date && (
              <button type="button" class="secondary" onClick={() => void end(m)}>{t('membership.end')}</button>
            )}
          </li>
        ))}
      </ul>
      {canManage && !isAdding && (
        <button type="button" class="secondary" onClick={() => setIsAdding(true)}>{t('membership.add')}</button>
      )}
      {canManage && isAdding && (
        <MembershipForm personId={personId} onDone={() => { setIsAdding(false); onChanged(t('membership.saved')); }} />
      )}
    </section>
  );
}
