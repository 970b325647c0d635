/**
 * The discreet help pages behind one lazily loaded entry, reachable without login at /ayuda:
 * the app root imports this module with `import()` only when a help path opens. Every page has
 * the quick-exit button at the top and Línea 100 right under it. The page title stays neutral
 * so the tab and the browser's history list do not say "violence".
 */
import { useEffect } from 'preact/hooks';
import { addCatalogPart, t, type Lang } from '../i18n/i18n.ts';
import { helpPart } from '../i18n/help-part.ts';
import { LanguageSwitcher } from '../i18n/language-switcher.tsx';
import { exitOnEscape, helpPageOf, quickExit } from './help-nav.ts';
import { HelpHome, HelpLink, ReportPage, RightsPage, ViolencePage } from './help-pages.tsx';
import { NearestServices } from './nearest-services.tsx';
import './help.css';

addCatalogPart(helpPart);

interface Props {
  path: string;
  lang: Lang;
  onLanguage: (lang: Lang) => void;
}

function Line100() {
  return (
    <aside class="help-line100">
      <span class="help-icon" aria-hidden="true">📞</span>
      <div>
        <strong>{t('help.line100.title')}</strong>
        <p>{t('help.line100.text')}</p>
        <a class="help-call" href="tel:100">{t('help.line100.call')}</a>
      </div>
    </aside>
  );
}

const PAGES = { violencia: ViolencePage, derechos: RightsPage, denuncia: ReportPage, servicios: NearestServices };

export function HelpRoutes({ path, lang, onLanguage }: Props) {
  useEffect(() => {
    const previousTitle = document.title;
    document.title = t('app.name');
    const stop = exitOnEscape();
    return () => {
      stop();
      document.title = previousTitle;
    };
  }, []);
  const page = helpPageOf(path);
  const Page = page ? PAGES[page] : HelpHome;
  return (
    <div class="help">
      <div class="help-top">
        <button type="button" class="help-exit" title={t('help.quickExitHint')} onClick={() => quickExit()}>
          ✖ {t('help.quickExit')}
        </button>
        <LanguageSwitcher lang={lang} onChange={onLanguage} />
      </div>
      <Line100 />
      <Page />
      {page && (
        <p>
          <HelpLink page={null} class="help-back">← {t('help.back')}</HelpLink>
        </p>
      )}
    </div>
  );
}
