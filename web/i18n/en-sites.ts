/**
 * English texts of the mining sites screens: complete, like en-registry.ts, which spreads them
 * in. The type forces every key of es-sites.ts to be present.
 */
import type { SitesKey } from './es-sites.ts';

export const messages: Record<SitesKey, string> = {
  'site.title': 'Mining sites',
  'site.new': 'Register a site',
  'site.search': 'Search by name',
  'site.none': 'No sites match that search.',
  'site.back': 'Back to the sites',
  'site.name': 'Name of the site',
  'site.district': 'District',
  'site.lat': 'Latitude',
  'site.lon': 'Longitude',
  'site.coordsHint': 'Optional. In decimal degrees, for example -14.62 and -69.43.',
  'site.concession': 'Concession code',
  'site.operator': 'Operator (organisation)',
  'site.create': 'Register site',
  'site.edit': 'Correct the site',
  'site.editTitle': 'Correct: {name}',
  'site.updated': 'Changes saved: {name}',
  'site.versionConflict': 'Someone else changed this site while you were correcting it. Reload it and make your changes again.',
  'site.created': 'Site registered: {name}',
  'site.authorisations': 'Ore-selection authorisations',
  'site.noAuthorisations': 'No authorisations for this site yet.',
  'site.addAuthorisation': 'Record an authorisation',
  'site.holderType': 'Who holds the authorisation',
  'site.holder.person': 'A person',
  'site.holder.organisation': 'An association',
  'site.person': 'Person',
  'site.organisation': 'Association',
  'site.kind': 'Kind of authorisation',
  'site.kind.written': 'Written',
  'site.kind.verbal': 'Verbal',
  'site.from': 'From',
  'site.to': 'Until (optional)',
  'site.documentRef': 'Document reference',
  'site.saveAuthorisation': 'Save authorisation',
  'site.authorisationAdded': 'Authorisation recorded.',
  'site.since': 'since {from}',
  'site.period': '{from} to {to}',
};
