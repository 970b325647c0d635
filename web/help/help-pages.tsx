/**
 * The help pages' content: the home with one large tile per topic, what counts as violence,
 * rights, and how a report to a CEM works. Big text, an icon beside every point, no images to
 * download (the icons are emoji). Línea 100 is shown by the shell above every page.
 */
import { t, type MessageKey } from '../i18n/i18n.ts';
import { goWithinHelp, HELP_ROOT, type HelpPage } from './help-nav.ts';

const TILES: { page: HelpPage; icon: string; label: MessageKey }[] = [
  { page: 'violencia', icon: '✋', label: 'help.nav.violence' },
  { page: 'derechos', icon: '⚖️', label: 'help.nav.rights' },
  { page: 'denuncia', icon: '📝', label: 'help.nav.report' },
  { page: 'servicios', icon: '📍', label: 'help.nav.services' },
];

/** A link that opens a help page in place of the current one (never a new history entry). */
export function HelpLink({ page, children, class: className }: { page: HelpPage | null; children: preact.ComponentChildren; class?: string }) {
  return (
    <a
      class={className}
      href={page ? `${HELP_ROOT}/${page}` : HELP_ROOT}
      onClick={(e) => {
        e.preventDefault();
        goWithinHelp(page);
      }}
    >
      {children}
    </a>
  );
}

export function HelpHome() {
  return (
    <section>
      <h1>{t('help.title')}</h1>
      <p class="help-lead">{t('help.intro')}</p>
      <ul class="help-tiles">
        {TILES.map((tile) => (
          <li key={tile.page}>
            <HelpLink page={tile.page} class="help-tile">
              <span class="help-icon" aria-hidden="true">{tile.icon}</span>
              <span>{t(tile.label)}</span>
            </HelpLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

function IconList({ items }: { items: [string, MessageKey][] }) {
  return (
    <ul class="help-points">
      {items.map(([icon, key]) => (
        <li key={key}>
          <span class="help-icon" aria-hidden="true">{icon}</span>
          <span>{t(key)}</span>
        </li>
      ))}
    </ul>
  );
}

export function ViolencePage() {
  return (
    <section>
      <h1>{t('help.nav.violence')}</h1>
      <p class="help-lead">{t('help.violence.intro')}</p>
      <IconList items={[['👊', 'help.violence.physical'], ['🗯️', 'help.violence.psychological'], ['🚫', 'help.violence.sexual'], ['👛', 'help.violence.economic']]} />
      <p class="help-lead">💜 {t('help.violence.notYourFault')}</p>
    </section>
  );
}

export function RightsPage() {
  return (
    <section>
      <h1>{t('help.nav.rights')}</h1>
      <p class="help-lead">{t('help.rights.intro')}</p>
      <IconList
        items={[['🆓', 'help.rights.free'], ['📝', 'help.rights.report'], ['🛡️', 'help.rights.protection'], ['🗣️', 'help.rights.language'], ['🏥', 'help.rights.health'], ['🔒', 'help.rights.privacy']]}
      />
    </section>
  );
}

export function ReportPage() {
  return (
    <section>
      <h1>{t('help.nav.report')}</h1>
      <p class="help-lead">{t('help.report.intro')}</p>
      <IconList items={[['1️⃣', 'help.report.step1'], ['2️⃣', 'help.report.step2'], ['3️⃣', 'help.report.step3'], ['4️⃣', 'help.report.step4'], ['🚨', 'help.report.step5']]} />
    </section>
  );
}
