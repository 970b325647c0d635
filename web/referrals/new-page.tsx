/**
 * `/referrals/new`: open a referral on a phone. A case worker opens it for herself and names her
 * supervisor; a supervisor names the case worker; a promoter names both and hands it over at
 * once, after which she sees only who received it. The id is made here, so a resend after a bad
 * connection opens it once. Refusals are shown beside their field, in the rule's words.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionUser } from '../api/types.ts';
import { navigate, onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { peruToday } from '../production/format.ts';
import { searchDistricts } from '../registry/lookups.ts';
import { uuidv7 } from '../registry/uuid.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, Notice, SelectField, TextField } from '../ui/form.tsx';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { INCIDENT_TYPES, TYPE_LABELS } from './labels.ts';
import { ConsentField, ServicesField, SurvivorField, type ConsentDraft, type Survivor } from './referral-fields.tsx';
import { referralsApi, type NewReferral, type ServicePointOutput, type StaffMember } from './referrals-api.ts';

const FIELDS = ['anonymous_code', 'person_id', 'incident_type', 'incident_on', 'district', 'services', 'service_point_id', 'consent', 'consent_override', 'given_on', 'method', 'reason', 'case_worker_id', 'supervisor_id'];

interface Draft {
  survivor: Survivor;
  incidentType: string;
  incidentOn: string;
  district: Choice | null;
  services: ServicePointOutput[];
  consent: ConsentDraft;
  caseWorkerId: string;
  supervisorId: string;
}

const emptyDraft = (): Draft => ({
  survivor: { kind: 'code', code: '' }, incidentType: '', incidentOn: '', district: null, services: [],
  consent: { mode: 'consent', isGiven: false, givenOn: peruToday(), method: 'verbal', reason: '' }, caseWorkerId: '', supervisorId: '',
});

/** The request body: only what the form holds, each part the server checks left out when empty. */
function toInput(id: string, d: Draft): NewReferral {
  const survivor = d.survivor.kind === 'code' ? { anonymous_code: d.survivor.code.trim() } : d.survivor.person ? { person_id: d.survivor.person.value } : {};
  const consent = d.consent.mode === 'override' ? { consent_override: { reason: d.consent.reason.trim() } }
    : d.consent.isGiven ? { consent: { given_on: d.consent.givenOn, method: d.consent.method as 'verbal' } } : {};
  return {
    id, ...survivor, ...consent, incident_type: d.incidentType as NewReferral['incident_type'], incident_on: d.incidentOn, district: d.district?.value ?? '',
    services: d.services.map((p) => ({ kind: p.kind, name: p.name, service_point_id: p.id })),
    ...(d.caseWorkerId ? { case_worker_id: d.caseWorkerId } : {}), ...(d.supervisorId ? { supervisor_id: d.supervisorId } : {}),
  };
}

function StaffSelect({ name, label, role, staff, value, onChange, error }: { name: string; label: string; role: StaffMember['role']; staff: StaffMember[]; value: string; onChange: (v: string) => void; error?: string | undefined }) {
  return (
    <SelectField name={name} label={label} value={value} onChange={onChange} error={error}>
      <option value="">{t('referral.choose')}</option>
      {staff.filter((s) => s.role === role).map((s) => <option key={s.id} value={s.id}>{s.display_name}</option>)}
    </SelectField>
  );
}

export function NewPage({ user }: { user: SessionUser }) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [handedTo, setHandedTo] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = useRef(uuidv7());
  const errors = fieldErrors(error);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  useEffect(() => {
    referralsApi.staff().then((r) => setStaff(r.items), setError);
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      const receipt = await referralsApi.create(toInput(id.current, draft));
      if (user.role !== 'promoter') return navigate(`/referrals/${receipt.id}`);
      id.current = uuidv7();
      setDraft(emptyDraft());
      setHandedTo(staff.find((s) => s.id === receipt.case_worker_id)?.display_name ?? '');
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section class="card referrals">
      <h1>{t('referral.newTitle')}</h1>
      <p>{t('referral.newIntro')}</p>
      {handedTo !== null && <Notice text={t('referral.handedOver', { name: handedTo })} />}
      <form onSubmit={submit} noValidate data-testid="referral-form">
        <ErrorSummary error={error} fields={FIELDS} />
        <SurvivorField value={draft.survivor} onChange={set('survivor')} canSearchPeople={user.role !== 'case_supervisor'} errors={errors} />
        <SelectField name="incident_type" label={t('referral.incidentType')} value={draft.incidentType} onChange={set('incidentType')} error={errors.incident_type}>
          <option value="">{t('referral.choose')}</option>
          {INCIDENT_TYPES.map((type) => <option key={type} value={type}>{t(TYPE_LABELS[type])}</option>)}
        </SelectField>
        <TextField name="incident_on" type="date" label={t('referral.incidentOn')} value={draft.incidentOn} onInput={set('incidentOn')} error={errors.incident_on} isRequired />
        <SearchSelect name="district" label={t('referral.district')} selected={draft.district} onSelect={(c) => setDraft((d) => ({ ...d, district: c, services: [] }))}
          search={searchDistricts} error={errors.district} />
        <ServicesField district={draft.district?.value ?? null} chosen={draft.services} onChange={set('services')} error={errors.service_point_id} />
        <ConsentField value={draft.consent} onChange={set('consent')} canOverride={user.role === 'case_supervisor'} errors={errors} />
        {user.role !== 'case_worker' && (
          <StaffSelect name="case_worker_id" label={t('referral.caseWorker')} role="case_worker" staff={staff} value={draft.caseWorkerId} onChange={set('caseWorkerId')} error={errors.case_worker_id} />
        )}
        {user.role !== 'case_supervisor' && (
          <StaffSelect name="supervisor_id" label={t('referral.supervisor')} role="case_supervisor" staff={staff} value={draft.supervisorId} onChange={set('supervisorId')} error={errors.supervisor_id} />
        )}
        <button type="submit" disabled={isBusy}>{t('referral.save')}</button>
      </form>
      <p><a href="/referrals" onClick={onLinkClick}>{t('referral.back')}</a></p>
    </section>
  );
}
