/**
 * The language menu shown on every screen, before and after login. Options are autonyms so a
 * speaker recognises her language whatever language the page is in now.
 */
import { LANGUAGES, isLang, t, type Lang } from './i18n.ts';

interface Props {
  lang: Lang;
  onChange: (lang: Lang) => void;
}

export function LanguageSwitcher({ lang, onChange }: Props) {
  return (
    <div class="lang">
      <label for="lang-select">{t('lang.label')}</label>
      <select
        id="lang-select"
        value={lang}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isLang(value)) onChange(value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.autonym}
          </option>
        ))}
      </select>
    </div>
  );
}
