/** English texts shared by the screens that show service points (see es-services.ts). */
import type { ServicesKey } from './es-services.ts';

export const messages: Record<ServicesKey, string> = {
  'services.kind.cem': 'Women\'s Emergency Centre',
  'services.kind.line_100': 'Línea 100',
  'services.kind.police': 'Police',
  'services.kind.health': 'Health',
  'services.kind.shelter': 'Shelter',
  'services.kind.legal_aid': 'Legal aid',
  'services.kind.network_contact': 'Network contact',
  'services.kind.other': 'MIMP service',
  'services.km': '{km} km away',
  'services.approx': 'about {km} km away',
  'services.call': 'Call {phone}',
  'services.nearestTitle': 'Nearest help services',
  'services.nearestFromSite': 'Measured from the site\'s coordinates.',
  'services.nearestFromDistrict': 'The site has no coordinates: measured from its district capital.',
  'services.nearestNone': 'No services are listed nearby. Línea 100 answers free, 24 hours a day.',
  'services.nearestUnlocated': 'The site has neither coordinates nor a district. Línea 100 answers free, 24 hours a day.',
};
