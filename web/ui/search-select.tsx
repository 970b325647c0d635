/**
 * Search-as-you-type choice among many (districts, organisations): type a few letters, pick one
 * of the results shown as large buttons, change it later. Plain buttons instead of an ARIA
 * combobox: they work the same with a finger, a keyboard and a screen reader on old phones.
 * Searches wait for a pause in typing and late answers of earlier searches are dropped.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  /** Field name: the id of the input and the key of its server-side problems. */
  name: string;
  label: string;
  selected: Choice | null;
  onSelect: (choice: Choice | null) => void;
  search: (text: string) => Promise<Choice[]>;
  error?: string | undefined;
  hint?: string;
  minChars?: number;
}

const PAUSE_MS = 300;

export function SearchSelect({ name, label, selected, onSelect, search, error, hint, minChars = 2 }: Props) {
  const [text, setText] = useState('');
  const [results, setResults] = useState<Choice[] | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const query = text.trim();
    const ticket = ++latest.current;
    if (query.length < minChars) {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => {
      search(query).then(
        (found) => ticket === latest.current && (setResults(found), setFailed(false)),
        () => ticket === latest.current && setFailed(true),
      );
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const errorId = `${name}-error`;
  const describedBy = [hint && `${name}-hint`, error && errorId].filter(Boolean).join(' ') || undefined;
  const pick = (choice: Choice) => {
    onSelect(choice);
    setText('');
  };
  const change = () => {
    onSelect(null);
    setTimeout(() => input.current?.focus(), 0);
  };

  return (
    <div class="field search-select">
      <label for={selected ? undefined : name}>{label}</label>
      {hint && <p class="hint" id={`${name}-hint`}>{hint}</p>}
      {selected ? (
        <p class="chosen">
          <span id={name} aria-describedby={describedBy}>{selected.label}</span>{' '}
          <button type="button" class="link-button" onClick={change}>
            {t('form.change')}
          </button>
        </p>
      ) : (
        <>
          <input ref={input} id={name} name={name} type="search" value={text} autoComplete="off"
            aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}
            onInput={(e) => setText(e.currentTarget.value)} />
          <div aria-live="polite">
            {failed && <p class="field-error">{t('error.network')}</p>}
            {text.trim().length > 0 && text.trim().length < minChars && (
              <p class="hint">{t('form.typeMore', { min: minChars })}</p>
            )}
            {results?.length === 0 && <p class="hint">{t('form.noMatches')}</p>}
            {results && results.length > 0 && (
              <ul class="picks">
                {results.map((choice) => (
                  <li key={choice.value}>
                    <button type="button" class="pick" onClick={() => pick(choice)}>
                      {choice.label}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
      {error && <p class="field-error" id={errorId}>{error}</p>}
    </div>
  );
}
