/**
 * The production screens behind one lazily loaded entry: the app root imports this module with
 * `import()` only when a `/production` path, `/prices` or `/reports` opens, so the login route never
 * downloads it (nor the fair-value formula it shares with the server). Maps the paths to
 * screens; the catalog part and rule wordings arrive with person-production.tsx, which every
 * screen here shares (the prices screen brings its own part).
 */
import type { Session } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { connectOutbox } from '../offline/sync.ts';
import { LotForm } from './lot-form.tsx';
import { PersonProduction } from './person-production.tsx';
import { PricesPage } from './prices-page.tsx';
import { ReportsPage } from './reports-page.tsx';
import { StatementsPage } from './statements-page.tsx';
import { connectProduction } from './production-api.ts';
import { SaleForm } from './sale-form.tsx';
import { SalePage } from './sale-page.tsx';

const ID = '([0-9a-fA-F-]{36})';
const NEW_LOT = new RegExp(`^/production/people/${ID}/lots/new$`);
const NEW_SALE = new RegExp(`^/production/people/${ID}/sales/new$`);
const SALE = new RegExp(`^/production/sales/${ID}$`);
const STATEMENTS = new RegExp(`^/production/people/${ID}/statements$`);

interface Props {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

function Message({ text, href, link }: { text: string; href: string; link: string }) {
  return (
    <section class="card">
      <p>{text}</p>
      <p><a href={href} onClick={onLinkClick}>{link}</a></p>
    </section>
  );
}

export function ProductionRoutes({ path, session, onSessionLost }: Props) {
  connectProduction({ csrfToken: session.csrf_token, onSessionLost });
  // Lots and sales recorded with no signal wait in the outbox; this session sends them.
  connectOutbox({ owner: session.user.id, csrfToken: session.csrf_token, onSessionLost });
  const { user } = session;
  const isMember = user.role === 'member';
  /** After saving, a member returns to her own ledger, staff to the woman's page. */
  const backOf = (personId: string) => (isMember ? '/production' : `/people/${personId}`);
  let match: RegExpExecArray | null;

  if ((match = NEW_LOT.exec(path))) return <LotForm key={path} personId={match[1]!} owner={user.id} backHref={backOf(match[1]!)} />;
  if ((match = NEW_SALE.exec(path))) return <SaleForm key={path} personId={match[1]!} owner={user.id} backHref={backOf(match[1]!)} />;
  if ((match = SALE.exec(path))) return <SalePage key={path} saleId={match[1]!} />;
  if ((match = STATEMENTS.exec(path))) return <StatementsPage key={path} personId={match[1]!} backHref={backOf(match[1]!)} />;
  if (path === '/prices') return <PricesPage user={user} />;
  if (path === '/reports') return <ReportsPage />;
  if (path === '/production') {
    if (!isMember) return <Message text={t('production.staffHint')} href="/people" link={t('nav.people')} />;
    if (!user.person_id) return <Message text={t('production.noPerson')} href="/" link={t('page.backHome')} />;
    return (
      <section class="card">
        <h1>{t('production.mine')}</h1>
        <PersonProduction personId={user.person_id} canWrite backHref="/production" />
      </section>
    );
  }
  return <Message text={t('page.notFound')} href="/" link={t('page.backHome')} />;
}
