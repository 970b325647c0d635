/**
 * The two forms of the equipment screen, sized for a 360-px phone: stock received (item,
 * quantity, date, source) and a hand-out to one person (a quantity per item). A hand-out beyond
 * stock comes back as a problem on that item's line (`items.N.quantity`), shown under the line.
 */
import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { t } from '../i18n/i18n.ts';
import { peruToday } from '../production/format.ts';
import { uuidv7 } from '../registry/uuid.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { problemText } from '../ui/problem-text.ts';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { personLabel, protectionApi, type PpeItem } from './protection-api.ts';

const searchPeople = async (q: string): Promise<Choice[]> => (await protectionApi.searchPeople(q)).items.map((p) => ({ value: p.id, label: personLabel(p) }));
const whole = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

export function ReceiveForm({ organisationId, items, onSaved }: { organisationId: string; items: PpeItem[]; onSaved: () => void }) {
  const [draft, setDraft] = useState({ item_id: items[0]?.id ?? '', quantity: '', received_on: peruToday(), source: '' });
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const id = useRef(uuidv7());
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const errors = fieldErrors(error);
  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      await protectionApi.receive({ id: id.current, organisation_id: organisationId, item_id: draft.item_id, quantity: whole(draft.quantity), received_on: draft.received_on, ...(draft.source.trim() ? { source: draft.source } : {}) });
      id.current = uuidv7();
      setDraft({ ...draft, quantity: '' });
      onSaved();
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate data-testid="receive-form">
      <h2>{t('ppe.receiveTitle')}</h2>
      <ErrorSummary error={error} fields={['item_id', 'quantity', 'received_on', 'source']} />
      <SelectField name="item_id" label={t('ppe.item')} value={draft.item_id} onChange={set('item_id')} error={errors.item_id}>
        {items.map((i) => <option key={i.id} value={i.id}>{i.name}</option>)}
      </SelectField>
      <TextField name="quantity" label={t('ppe.quantity')} inputMode="numeric" value={draft.quantity} onInput={set('quantity')} error={errors.quantity} isRequired />
      <TextField name="received_on" type="date" label={t('ppe.date')} value={draft.received_on} onInput={set('received_on')} error={errors.received_on} isRequired />
      <TextField name="source" label={t('ppe.source')} hint={t('ppe.sourceHint')} value={draft.source} onInput={set('source')} error={errors.source} maxLength={200} />
      <button type="submit" disabled={isBusy}>{t('ppe.receive')}</button>
    </form>
  );
}

/** Problems of the lines, by catalogue item id (the request sends only lines with a quantity). */
function lineProblems(error: unknown, sent: string[]): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const d of error.details) {
    const m = /^items\.(\d+)\./.exec(d.path);
    const itemId = m ? sent[Number(m[1])] : undefined;
    if (itemId) out[itemId] = problemText(d);
  }
  return out;
}

export function DistributeForm({ organisationId, items, onSaved }: { organisationId: string; items: PpeItem[]; onSaved: (name: string) => void }) {
  const [person, setPerson] = useState<Choice | null>(null);
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [date, setDate] = useState(peruToday());
  const [source, setSource] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<string[]>([]);
  const [noLines, setNoLines] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const id = useRef(uuidv7());
  const errors = fieldErrors(error);
  const perLine = lineProblems(error, sent);
  const submit = async (event: Event) => {
    event.preventDefault();
    const lines = items.filter((i) => (quantities[i.id] ?? '').trim() !== '').map((i) => ({ item_id: i.id, quantity: whole(quantities[i.id]!) }));
    setSent(lines.map((l) => l.item_id));
    setError(null);
    setNoLines(!lines.length);
    if (!lines.length) return;
    setIsBusy(true);
    try {
      await protectionApi.distribute({ id: id.current, organisation_id: organisationId, person_id: person?.value ?? '', distributed_on: date, items: lines, ...(source.trim() ? { source } : {}) });
      id.current = uuidv7();
      setQuantities({});
      onSaved(person?.label ?? '');
      setPerson(null);
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate data-testid="distribute-form">
      <h2>{t('ppe.distributeTitle')}</h2>
      <ErrorSummary error={error} fields={['person_id', 'distributed_on', 'source', 'quantity', 'item_id']} />
      <SearchSelect name="person_id" label={t('ppe.person')} hint={t('ppe.personHint')} selected={person} onSelect={setPerson} search={searchPeople} error={errors.person_id} />
      <fieldset>
        <legend>{t('ppe.quantity')}</legend>
        {noLines && <p class="alert" role="alert">{t('ppe.noLines')}</p>}
        {items.map((i) => (
          <TextField key={i.id} name={`qty-${i.key ?? i.id}`} label={i.name} inputMode="numeric" value={quantities[i.id] ?? ''}
            onInput={(v) => setQuantities({ ...quantities, [i.id]: v })} error={perLine[i.id]} />
        ))}
      </fieldset>
      <TextField name="distributed_on" type="date" label={t('ppe.date')} value={date} onInput={setDate} error={errors.distributed_on} isRequired />
      <TextField name="source" label={t('ppe.source')} hint={t('ppe.sourceHint')} value={source} onInput={setSource} error={errors.source} maxLength={200} />
      <button type="submit" disabled={isBusy}>{t('ppe.distribute')}</button>
    </form>
  );
}
