/**
 * The registry's screens behind one lazily loaded entry: the app root imports this module with
 * `import()` only when a registry path opens, so the login route never downloads it. Maps the
 * registry paths (people and their import, organisations, mining sites, duplicate review) to screens, adds the
 * registry's texts to the catalogs (and its wordings of rule codes) and connects the registry's API calls to the session the root
 * holds.
 */
import type { JSX } from 'preact';
import type { Session } from '../api/types.ts';
import { lazyScreen, Message } from '../app/lazy-screen.tsx';
import { addCatalogPart, t } from '../i18n/i18n.ts';
import { registryPart } from '../i18n/registry-part.ts';
import { connectOutbox } from '../offline/sync.ts';
import { addProblemTexts } from '../ui/problem-text.ts';
import { can, type Ability } from './access.ts';
import { DuplicatesPage } from './duplicates-page.tsx';
import { ImportPage } from './import-page.tsx';
import { canImport } from './import-plan.ts';
import { OrganisationForm } from './organisation-form.tsx';
import { OrganisationPage } from './organisation-page.tsx';
import { OrganisationsList } from './organisations-list.tsx';
import { PeopleList } from './people-list.tsx';
import { PersonConflictPage } from './person-conflict.tsx';
import { PersonForm } from './person-form.tsx';
import { PersonPage } from './person-page.tsx';
import { REGISTRY_PROBLEM_TEXTS } from './problem-texts.ts';
import { connectRegistry } from './registry-api.ts';
import { SiteForm } from './sites-form.tsx';
import { SitesList } from './sites-list.tsx';
import { SitePage } from './sites-page.tsx';
import './registry.css';

addCatalogPart(registryPart);
addProblemTexts(REGISTRY_PROBLEM_TEXTS);

const ID = '([0-9a-fA-F-]{36})';
const PERSON = new RegExp(`^/people/${ID}$`);
const PERSON_EDIT = new RegExp(`^/people/${ID}/edit$`);
const PERSON_CONFLICT = new RegExp(`^/people/${ID}/conflict/${ID}$`);
const PERSON_CANCEL = new RegExp(`^/people/${ID}/cancellation$`);

/** The ARCO cancellation page: its own chunk (web/arco), fetched only when someone opens it. */
const CancelScreen = lazyScreen<{ personId: string; csrfToken: string; onSessionLost: () => void }>(
  () => import('../arco/cancel-page.tsx').then((m) => m.CancelPage),
);
const ORGANISATION = new RegExp(`^/organisations/${ID}$`);
const ORGANISATION_EDIT = new RegExp(`^/organisations/${ID}/edit$`);
const SITE = new RegExp(`^/sites/${ID}$`);
const SITE_EDIT = new RegExp(`^/sites/${ID}/edit$`);

interface Props {
  path: string;
  session: Session;
  onSessionLost: () => void;
}

export function RegistryRoutes({ path, session, onSessionLost }: Props) {
  connectRegistry({ csrfToken: session.csrf_token, onSessionLost });
  // People registered with no signal wait in the outbox; this session sends them.
  connectOutbox({ owner: session.user.id, csrfToken: session.csrf_token, onSessionLost });
  const { user } = session;
  const only = (ability: Ability, screen: JSX.Element) =>
    can(user.role, ability) ? screen : <Message text={t('page.forbidden')} />;
  let match: RegExpExecArray | null;

  if (path === '/people') return <PeopleList user={user} />;
  if (path === '/people/import') return canImport(user.role) ? <ImportPage user={user} /> : <Message text={t('page.forbidden')} />;
  if (path === '/people/new') return only('registerPeople', <PersonForm key="new" user={user} />);
  if ((match = PERSON_EDIT.exec(path))) return only('registerPeople', <PersonForm key={path} user={user} personId={match[1]!} />);
  if ((match = PERSON_CONFLICT.exec(path))) {
    return only('registerPeople', <PersonConflictPage key={path} personId={match[1]!} itemId={match[2]!} />);
  }
  if ((match = PERSON_CANCEL.exec(path))) {
    return only('cancelPersonData', <CancelScreen key={path} personId={match[1]!} csrfToken={session.csrf_token} onSessionLost={onSessionLost} />);
  }
  if ((match = PERSON.exec(path))) return <PersonPage key={path} user={user} personId={match[1]!} />;
  if (path === '/organisations') return <OrganisationsList user={user} />;
  if (path === '/organisations/new') return only('writeOrganisations', <OrganisationForm key="new" user={user} />);
  if ((match = ORGANISATION_EDIT.exec(path))) {
    return only('writeOrganisations', <OrganisationForm key={path} user={user} organisationId={match[1]!} />);
  }
  if ((match = ORGANISATION.exec(path))) return <OrganisationPage key={path} user={user} organisationId={match[1]!} />;
  if (path === '/sites') return <SitesList user={user} />;
  if (path === '/sites/new') return only('writeSites', <SiteForm key="new" />);
  if ((match = SITE_EDIT.exec(path))) return only('writeSites', <SiteForm key={path} siteId={match[1]!} />);
  if ((match = SITE.exec(path))) return <SitePage key={path} user={user} siteId={match[1]!} />;
  if (path === '/duplicates') return <DuplicatesPage />;
  return <Message text={t('page.notFound')} />;
}
