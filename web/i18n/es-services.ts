/**
 * Spanish texts shared by every screen that shows service points (the help pages, a mining
 * site's page, the directory's admin screen): the kinds of service and one service's card. A
 * catalog part loaded by web/services/ (service-kinds.ts), so only code there may use them.
 */
export const messages = {
  'services.kind.cem': 'Centro Emergencia Mujer',
  'services.kind.line_100': 'Línea 100',
  'services.kind.police': 'Policía',
  'services.kind.health': 'Salud',
  'services.kind.shelter': 'Casa de acogida',
  'services.kind.legal_aid': 'Ayuda legal',
  'services.kind.network_contact': 'Contacto de la red',
  'services.kind.other': 'Servicio MIMP',
  'services.km': 'a {km} km',
  'services.approx': 'a {km} km (aprox.)',
  'services.call': 'Llamar al {phone}',
  'services.nearestTitle': 'Servicios de ayuda más cercanos',
  'services.nearestFromSite': 'Medido desde las coordenadas del lugar.',
  'services.nearestFromDistrict': 'El lugar no tiene coordenadas: medido desde la capital de su distrito.',
  'services.nearestNone': 'No hay servicios registrados cerca. La Línea 100 atiende gratis las 24 horas.',
  'services.nearestUnlocated': 'El lugar no tiene coordenadas ni distrito. La Línea 100 atiende gratis las 24 horas.',
} satisfies Record<string, string>;

export type ServicesKey = keyof typeof messages;
