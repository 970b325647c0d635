/**
 * Import wizard (`/people/import`): choose the organisation and the file, see at once what a dry
 * run says (the file as read, what would be created or updated, every row with a problem), say
 * what unknown columns hold, and confirm. The file goes to the server as it is, once per check;
 * the report of the last check is what the confirmation imports, with the same column choices.
 * Importing again is safe: the server finds people already imported and does not repeat them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionUser } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { SearchSelect, type Choice } from '../ui/search-select.tsx';
import { checkFileSize, describeImportError } from './import-errors.ts';
import { buildMap, mappableColumns, type ColumnChoice } from './import-plan.ts';
import { Columns, Counts, FileFacts, Rejects } from './import-report.tsx';
import { allOrganisations, searchOrganisations } from './lookups.ts';
import { registryApi, type ImportReport } from './registry-api.ts';

const ACCEPT = '.csv,.xlsx,.tsv,.txt';
/** The server keeps at most 200 characters of the name; its end holds the extension it needs. */
const fileNameOf = (file: File) => file.name.slice(-200) || 'lista.csv';

type Busy = 'checking' | 'importing' | null;

export function ImportPage({ user }: { user: SessionUser }) {
  const [organisation, setOrganisation] = useState<Choice | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState<Record<string, ColumnChoice>>({});
  const [mappable, setMappable] = useState<string[]>([]);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** True when `problem` is the confirmation's failure rather than the file's. */
  const [failedImport, setFailedImport] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const ticket = useRef(0);

  useEffect(() => {
    const mine = user.organisation_id;
    if (!mine) return;
    allOrganisations().then((list) => {
      const org = list.find((o) => o.id === mine);
      if (org) setOrganisation((chosen) => chosen ?? { value: org.id, label: org.name });
    }, () => {});
  }, []);

  const map = buildMap(choices);
  const organisationId = organisation?.value;

  // Every change of organisation, file or column choice checks the file again (a dry run). A
  // failed check keeps the last report on screen, so a column choice can be undone, but it
  // cannot be confirmed until a check succeeds again.
  useEffect(() => {
    const current = ++ticket.current;
    setProblem(null);
    setFailedImport(false);
    if (!organisationId || !file) {
      setReport(null);
      setBusy(null);
      return;
    }
    const refusal = checkFileSize(file.size);
    if (refusal) {
      setProblem(refusal);
      setBusy(null);
      return;
    }
    setBusy('checking');
    registryApi.importPeople({ organisation_id: organisationId, dry_run: 'true', file_name: fileNameOf(file), map }, file).then(
      (answer) => {
        if (current !== ticket.current) return;
        setReport(answer);
        setMappable((previous) => mappableColumns(previous, answer));
        setBusy(null);
      },
      (err: unknown) => {
        if (current !== ticket.current) return;
        setProblem(describeImportError(err));
        setBusy(null);
      },
    );
  }, [organisationId, file, map]);

  const chooseFile = (next: File | null) => {
    setFile(next);
    setChoices({});
    setMappable([]);
    setReport(null);
  };

  const choose = (column: string, choice: ColumnChoice | '') => {
    const next = { ...choices };
    if (choice === '') delete next[column];
    else next[column] = choice;
    setChoices(next);
  };

  const confirmImport = async () => {
    if (!organisationId || !file) return;
    const current = ++ticket.current;
    setBusy('importing');
    setProblem(null);
    setFailedImport(false);
    try {
      const answer = await registryApi.importPeople({ organisation_id: organisationId, dry_run: 'false', file_name: fileNameOf(file), map }, file);
      if (current !== ticket.current) return;
      setDone(answer);
      setTimeout(() => document.getElementById('import-result')?.focus(), 0);
    } catch (err) {
      if (current === ticket.current) {
        setProblem(describeImportError(err));
        setFailedImport(true);
      }
    } finally {
      if (current === ticket.current) setBusy(null);
    }
  };

  const startAgain = () => {
    setDone(null);
    chooseFile(null);
  };

  if (done) {
    return (
      <section class="card">
        <h1>{t('import.title')}</h1>
        <Counts report={done} titleId="import-result" />
        <Rejects report={done} fileName={file?.name ?? ''} />
        <p class="actions">
          {done.possible_duplicates > 0 && (
            <a class="button" href="/duplicates" onClick={onLinkClick}>{t('person.reviewDuplicates')}</a>
          )}
          <a class={done.possible_duplicates > 0 ? 'button secondary' : 'button'} href="/people" onClick={onLinkClick}>
            {t('import.openList')}
          </a>
          <button type="button" class="secondary" onClick={startAgain}>{t('import.another')}</button>
        </p>
      </section>
    );
  }

  const fileProblem = failedImport ? null : problem;
  const canConfirm = report !== null && report.created + report.updated > 0;
  return (
    <section class="card">
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <SearchSelect name="organisation_id" label={t('import.organisation')} hint={t('import.organisationHint')}
        selected={organisation} onSelect={setOrganisation} search={searchOrganisations} />
      <div class="field">
        <label for="import-file">{t('import.file')}</label>
        <p class="hint" id="import-file-hint">{t('import.fileHint')}</p>
        <input id="import-file" name="file" type="file" accept={ACCEPT}
          aria-invalid={fileProblem ? 'true' : undefined}
          aria-describedby={fileProblem ? 'import-file-hint import-file-error' : 'import-file-hint'}
          onChange={(e) => chooseFile(e.currentTarget.files?.[0] ?? null)} />
        {fileProblem && <p class="field-error" id="import-file-error" role="alert">{fileProblem}</p>}
      </div>
      <p class="hint" role="status">
        {busy === 'checking' ? t('import.checking')
          : busy === 'importing' ? t('import.importing')
            : file && !organisation ? t('import.pickOrganisation')
              : report && !problem ? t('import.checked') : ''}
      </p>
      {report && (
        <>
          <FileFacts report={report} />
          <Counts report={report} titleId="import-dry-run" />
          <Columns report={report} mappable={mappable} choices={choices} onChoose={choose} />
          <Rejects report={report} fileName={file?.name ?? ''} />
          {canConfirm ? (
            <>
              <p>{t('import.confirmHint')}</p>
              {failedImport && <div class="alert" role="alert"><p>{problem}</p></div>}
              <button type="button" class="primary" disabled={busy !== null || fileProblem !== null}
                onClick={() => void confirmImport()}>
                {busy === 'importing' ? t('import.importing') : t('import.confirm')}
              </button>
            </>
          ) : (
            <p>{t('import.nothingToImport')}</p>
          )}
        </>
      )}
    </section>
  );
}
