/**
 * The conflict screen: an update the server refused because someone saved the record after the
 * version it was based on (409 VERSION_CONFLICT). It lists, field by field, "yours" and "on the
 * server" with a choice per field (radio buttons, none chosen beforehand: nothing is decided on
 * a guess), then sends the chosen values based on the server's current version. If someone
 * saves yet again meanwhile, the screen reloads the record and asks again. Generic over the
 * record: the module gives how to load and save it and how to word a field and its value.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { conflictPart } from '../i18n/conflict-part.ts';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { conflictingFields, isFullyChosen, resolvedUpdate, type ConflictSide, type FieldConflict } from './conflict-merge.ts';

addCatalogPart(conflictPart);

type Fields = Record<string, unknown>;

export interface ConflictScreenProps {
  /** The user's change (without `version`). */
  mine: Fields;
  /** The record as the server has it now, with its version. */
  load: () => Promise<{ record: Fields; version: number }>;
  /** Sends an update (with `version`); resolves with the record saved. */
  save: (update: Fields & { version: number }) => Promise<Fields>;
  /** A field's label and a value in words ('' for no value). */
  describe: (field: string, value: unknown) => { label: string; text: string };
  /** Called with the record as saved, or as the server holds it when nothing had to be sent. */
  onResolved: (record: Fields) => void;
  onDiscard?: () => void;
}

const isStale = (err: unknown) => err instanceof ApiError && err.code === 'VERSION_CONFLICT';

export function ConflictScreen({ mine, load, save, describe, onResolved, onDiscard }: ConflictScreenProps) {
  const [server, setServer] = useState<{ record: Fields; version: number } | null>(null);
  const [choices, setChoices] = useState<Record<string, ConflictSide>>({});
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const reload = () => load().then(setServer, setError);
  useEffect(() => void reload(), []);

  if (!server) return <section class="card">{error ? <ErrorSummary error={error} /> : <p class="loading">{t('app.loading')}</p>}</section>;
  const conflicts = conflictingFields(mine, server.record);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    if (!isFullyChosen(conflicts, choices)) {
      setNotice(t('conflict.chooseAll'));
      return;
    }
    const update = resolvedUpdate(conflicts, choices, server.version);
    if (!update) return onResolved(server.record);
    setIsBusy(true);
    try {
      onResolved(await save(update));
    } catch (err) {
      if (!isStale(err)) setError(err);
      else {
        setNotice(t('conflict.changedAgain'));
        await reload();
      }
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section class="card conflict">
      <h1>{t('conflict.title')}</h1>
      {conflicts.length === 0 ? (
        <>
          <p>{t('conflict.nothingDiffers')}</p>
          <button type="button" class="primary" onClick={() => onResolved(server.record)}>{t('conflict.continue')}</button>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p>{t('conflict.intro')}</p>
          {conflicts.map((c) => (
            <FieldChoice key={c.field} conflict={c} describe={describe} chosen={choices[c.field]}
              onChoose={(side) => setChoices({ ...choices, [c.field]: side })} />
          ))}
          <p class="notice" role="status">{notice ?? ''}</p>
          <ErrorSummary error={error} />
          <button type="submit" class="primary" disabled={isBusy}>{isBusy ? t('form.saving') : t('conflict.save')}</button>
          {onDiscard && <button type="button" class="secondary" onClick={onDiscard}>{t('conflict.cancel')}</button>}
        </form>
      )}
    </section>
  );
}

interface FieldChoiceProps {
  conflict: FieldConflict;
  describe: ConflictScreenProps['describe'];
  chosen: ConflictSide | undefined;
  onChoose: (side: ConflictSide) => void;
}

function FieldChoice({ conflict, describe, chosen, onChoose }: FieldChoiceProps) {
  const { label } = describe(conflict.field, conflict.mine);
  const words = (value: unknown) => describe(conflict.field, value).text || t('conflict.empty');
  const option = (side: ConflictSide, text: string) => (
    <label class="choice">
      <input type="radio" name={`conflict-${conflict.field}`} value={side} checked={chosen === side} onChange={() => onChoose(side)} />
      <span>{text}</span>
    </label>
  );
  return (
    <fieldset class="field choices" data-field={conflict.field}>
      <legend>{label}</legend>
      {option('mine', t('conflict.mine', { value: words(conflict.mine) }))}
      {option('server', t('conflict.server', { value: words(conflict.server) }))}
    </fieldset>
  );
}
