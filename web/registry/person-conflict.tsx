/**
 * A person's correction that met someone else's save, resolved field by field: the generic
 * conflict screen (web/offline/conflict-screen.tsx) with the registry's wording of each field
 * and value (the labels the form and the record use, a district by its name), her record read
 * from the server as it is now, and the chosen values sent on its current version. Used by the
 * edit form when its save is refused, and at `/people/:id/conflict/:itemId` for a correction
 * that waited in the outbox and was refused when it synced.
 */
import type { Person } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { ConflictItem } from '../offline/conflict-item.tsx';
import { ConflictScreen } from '../offline/conflict-screen.tsx';
import { formatDate, fullName, setFlash } from './format.ts';
import {
  EDUCATION_LABELS, ID_TYPE_LABELS, LANGUAGE_LABELS, LITERACY_LABELS, POSITION_LABELS, PROFILE_LABELS, REINFO_LABELS, SEX_LABELS,
} from './labels.ts';
import { placeLabelFor } from './lookups.ts';
import { registryApi } from './registry-api.ts';

const FIELD_LABELS: Record<string, MessageKey> = {
  id_type: 'person.idType', id_number: 'person.dni', id_none_reason: 'person.idNoneReason', given_names: 'person.givenNames',
  paternal_surname: 'person.paternalSurname', maternal_surname: 'person.maternalSurname', sex: 'person.sex',
  birth_date: 'person.birthDate', phone: 'person.phone', languages: 'person.languages', district: 'person.district',
  profiles: 'person.profiles', miner_position: 'person.minerPosition', head_of_household: 'person.headOfHousehold',
  single_parent: 'person.singleParent', dependants: 'person.dependants', literacy: 'person.literacy',
  education_level: 'person.educationLevel', reinfo_code: 'person.reinfoCode', reinfo_status: 'person.reinfoStatus',
  recpo_code: 'person.recpoCode', selectors_registry_code: 'person.selectorsCode', selectors_registry_region: 'person.selectorsRegion',
  ruc: 'person.ruc',
};

const VALUE_LABELS: Record<string, Record<string, MessageKey>> = {
  id_type: ID_TYPE_LABELS, sex: SEX_LABELS, languages: LANGUAGE_LABELS, profiles: PROFILE_LABELS, miner_position: POSITION_LABELS,
  literacy: LITERACY_LABELS, education_level: EDUCATION_LABELS, reinfo_status: REINFO_LABELS,
};

/** A field's label and a value in words, the district by its name when known. */
function describeWith(places: Record<string, string>) {
  return (field: string, value: unknown) => {
    const label = FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field;
    const word = (v: unknown): string => {
      if (v === null || v === undefined || v === '') return '';
      if (typeof v === 'boolean') return v ? t('form.yes') : t('form.no');
      const key = VALUE_LABELS[field]?.[String(v)];
      if (key) return t(key);
      if (field === 'birth_date') return formatDate(String(v));
      if (field === 'district') return places[String(v)] ?? String(v);
      return String(v);
    };
    return { label, text: Array.isArray(value) ? value.map(word).join(', ') : word(value) };
  };
}

interface PersonConflictProps {
  personId: string;
  mine: Record<string, unknown>;
  onResolved: (person: Person) => void;
  onDiscard?: () => void;
}

export function PersonConflict({ personId, mine, onResolved, onDiscard }: PersonConflictProps) {
  const places: Record<string, string> = {};
  const load = async () => {
    const { person } = await registryApi.getPerson(personId);
    for (const code of [mine.district, person.district]) {
      if (typeof code === 'string' && !places[code]) places[code] = await placeLabelFor(code).catch(() => code);
    }
    return { record: person as unknown as Record<string, unknown>, version: person.version };
  };
  const save = async (update: Record<string, unknown> & { version: number }) =>
    (await registryApi.updatePerson(personId, update)).person as unknown as Record<string, unknown>;
  return <ConflictScreen mine={mine} load={load} save={save} describe={describeWith(places)} {...(onDiscard ? { onDiscard } : {})}
    onResolved={(record) => onResolved(record as unknown as Person)} />;
}

/**
 * `/people/:id/conflict/:itemId`: a correction refused when it synced, resolved, then the item is
 * marked done. No "discard" here: keeping the server's value in every field is the way to drop it.
 */
export function PersonConflictPage({ personId, itemId }: { personId: string; itemId: string }) {
  const done = (person: Person) => {
    setFlash(t('person.updated', { name: fullName(person) }));
    navigate(`/people/${personId}`);
  };
  return (
    <ConflictItem itemId={itemId}>
      {({ change, settle }) => (
        <PersonConflict personId={personId} mine={change}
          onResolved={(person) => void settle(person).then(() => done(person))} />
      )}
    </ConflictItem>
  );
}
