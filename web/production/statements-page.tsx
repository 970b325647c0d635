/**
 * A woman's income statements (`/production/people/:id/statements`): issue one for a period,
 * for herself or for a lender she consented to in writing, then download or print its PDF;
 * earlier statements with their status and how often they were verified. The server checks
 * the consent and answers with a field message when it is missing.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Organisation } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { statementsPart } from '../i18n/statements-part.ts';
import { fieldErrors } from '../ui/errors.ts';
import { ErrorSummary, SelectField, TextField } from '../ui/form.tsx';
import { uuidv7 } from '../registry/uuid.ts';
import { formatSoles, peruToday } from './format.ts';
import { statementsApi, type Statement } from './statements-api.ts';

addCatalogPart(statementsPart);

const FIELDS = ['from', 'to', 'recipient_organisation_id', 'language'];
const yearAgo = (today: string) => `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
const grouped = (code: string) => code.replace(/(.{4})(?=.)/g, '$1-');

function StatementItem({ s }: { s: Statement }) {
  const pdf = statementsApi.pdfUrl(s.id);
  return (
    <li class={s.status === 'voided' ? 'voided' : undefined}>
      <strong>{s.period_from} – {s.period_to}</strong> · {s.recipient?.name ?? t('statement.forHerself')} ·{' '}
      {t(s.status === 'valid' ? 'statement.valid' : 'statement.voided')}
      <br />
      {t('statement.summary', { sales: s.totals.sales, paid: formatSoles(s.totals.paid_pen), monthly: formatSoles(s.totals.monthly_average_income_pen) })}
      <br />
      <code>{grouped(s.code)}</code> · {t('statement.reads', { count: s.verify_reads })}
      <br />
      <a href={pdf} download>{t('statement.download')}</a> · <a href={pdf} target="_blank" rel="noopener">{t('statement.print')}</a> ·{' '}
      <a href={`/verify/${s.code}`} target="_blank" rel="noopener">{t('statement.verifyLink')}</a>
    </li>
  );
}

export function StatementsPage({ personId, backHref }: { personId: string; backHref: string }) {
  const today = peruToday();
  const [draft, setDraft] = useState({ from: yearAgo(today), to: today, recipient: '', language: 'es' as 'es' | 'en' });
  const [lenders, setLenders] = useState<Organisation[]>([]);
  const [statements, setStatements] = useState<Statement[] | null>(null);
  const [issued, setIssued] = useState<Statement | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const newId = useRef(uuidv7());
  const reload = () => statementsApi.list(personId).then((l) => setStatements(l.items), setError);
  useEffect(() => {
    void reload();
    statementsApi.listLenders().then(setLenders, () => setLenders([]));
  }, [personId]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      const { statement } = await statementsApi.issue({
        id: newId.current, person_id: personId, from: draft.from, to: draft.to,
        recipient_organisation_id: draft.recipient || null, language: draft.language,
      });
      newId.current = uuidv7();
      setIssued(statement);
      await reload();
    } catch (err) {
      setError(err);
    } finally {
      setIsBusy(false);
    }
  };
  const problems = fieldErrors(error);
  return (
    <section class="card">
      <p><a href={backHref} onClick={onLinkClick}>{t('production.back')}</a></p>
      <h1>{t('statement.title')}</h1>
      <p>{t('statement.intro')}</p>
      <form onSubmit={submit} noValidate>
        <TextField name="from" type="date" label={t('statement.from')} value={draft.from} onInput={(v) => setDraft({ ...draft, from: v })} error={problems.from} isRequired />
        <TextField name="to" type="date" label={t('statement.to')} value={draft.to} onInput={(v) => setDraft({ ...draft, to: v })} error={problems.to} isRequired />
        <SelectField name="recipient_organisation_id" label={t('statement.recipient')} value={draft.recipient}
          onChange={(v) => setDraft({ ...draft, recipient: v })} error={problems.recipient_organisation_id}>
          <option value="">{t('statement.forHerself')}</option>
          {lenders.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </SelectField>
        <p class="hint">{t('statement.recipientHint')}</p>
        <SelectField name="language" label={t('statement.language')} value={draft.language} onChange={(v) => setDraft({ ...draft, language: v === 'en' ? 'en' : 'es' })}>
          <option value="es">{t('statement.langEs')}</option>
          <option value="en">{t('statement.langEn')}</option>
        </SelectField>
        <ErrorSummary error={error} fields={FIELDS} />
        <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('statement.issuing') : t('statement.issue')}</button>
      </form>
      {issued && (
        <p class="alert" role="status" data-testid="statement-issued">
          {t('statement.issued', { code: grouped(issued.code) })}{' '}
          <a class="button" href={statementsApi.pdfUrl(issued.id)} download>{t('statement.download')}</a>
        </p>
      )}
      {statements === null ? <p class="loading">{t('app.loading')}</p> : statements.length === 0 ? <p>{t('statement.none')}</p> : (
        <ul class="ledger" data-testid="statements-list">{statements.map((s) => <StatementItem key={s.id} s={s} />)}</ul>
      )}
    </section>
  );
}
