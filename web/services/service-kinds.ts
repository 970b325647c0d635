/**
 * The kinds of service point in the reader's language, for every screen that shows the public
 * services directory (help pages, a mining site's page, the admin screen). Loading this module
 * adds the shared catalog part, so a screen that imports it needs nothing else.
 */
import type { ServiceKind } from '../../src/contracts/services-directory.ts';
import { addCatalogPart, t, type MessageKey } from '../i18n/i18n.ts';
import { servicesPart } from '../i18n/services-part.ts';

addCatalogPart(servicesPart);

export type { ServiceKind };

/** In the order the admin screen offers them: the kinds a woman is most often sent to first. */
export const SERVICE_KINDS: readonly ServiceKind[] = ['cem', 'line_100', 'police', 'health', 'shelter', 'legal_aid', 'network_contact', 'other'];

const LABELS: Record<ServiceKind, MessageKey> = {
  cem: 'services.kind.cem', line_100: 'services.kind.line_100', police: 'services.kind.police', health: 'services.kind.health',
  shelter: 'services.kind.shelter', legal_aid: 'services.kind.legal_aid', network_contact: 'services.kind.network_contact', other: 'services.kind.other',
};

export const kindLabel = (kind: ServiceKind): string => t(LABELS[kind]);
