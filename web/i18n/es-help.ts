/**
 * Spanish texts of the discreet help pages (`/ayuda`, no login): what violence is, rights, how a
 * report to a CEM works, the nearest services. A catalog part loaded with their lazy chunk
 * (web/help/routes.tsx), so only code under web/help/ may use them. Short sentences, plain words:
 * many readers are on a small phone and some read little.
 */
export const messages = {
  'help.title': 'Ayuda',
  'help.intro': 'Información segura para ti. Si alguien llega, pulsa «Salir rápido».',
  'help.quickExit': 'Salir rápido',
  'help.quickExitHint': 'Cierra esta página al instante. Al volver «Atrás» no aparece.',
  'help.back': 'Volver a Ayuda',
  'help.line100.title': 'Línea 100',
  'help.line100.text': 'Gratis. Las 24 horas. Desde cualquier teléfono. Te escuchan y te orientan.',
  'help.line100.call': 'Llamar al 100',
  'help.nav.violence': '¿Qué es violencia?',
  'help.nav.rights': 'Tus derechos',
  'help.nav.report': 'Cómo denunciar en un CEM',
  'help.nav.services': 'Dónde pedir ayuda cerca',
  'help.violence.intro': 'Nadie tiene derecho a hacerte daño. Es violencia cuando alguien:',
  'help.violence.physical': 'Te golpea, empuja, jala el cabello o te hace daño en el cuerpo.',
  'help.violence.psychological': 'Te insulta, humilla, amenaza, controla o te aleja de tu familia.',
  'help.violence.sexual': 'Te obliga a tener relaciones o a hacer algo sexual que no quieres.',
  'help.violence.economic': 'Te quita tu dinero, tu oro o tus cosas, o no te deja trabajar.',
  'help.violence.notYourFault': 'No es tu culpa. Pedir ayuda no es un delito y puedes hacerlo aunque vivas con esa persona.',
  'help.rights.intro': 'La Ley 30364 protege a las mujeres. Tienes derecho a:',
  'help.rights.free': 'Ser atendida gratis en un CEM, en la comisaría y en el centro de salud.',
  'help.rights.report': 'Denunciar tú misma, sin abogado y sin pagar.',
  'help.rights.protection': 'Pedir medidas de protección, por ejemplo que el agresor se aleje de ti.',
  'help.rights.language': 'Ser atendida en tu idioma; si no te entienden, a un intérprete.',
  'help.rights.health': 'Atención de salud y apoyo psicológico.',
  'help.rights.privacy': 'Que tu caso se mantenga en reserva.',
  'help.report.intro': 'Un CEM (Centro Emergencia Mujer) es un servicio gratuito del Estado.',
  'help.report.step1': 'Ve al CEM o a la comisaría más cercana, o llama a la Línea 100.',
  'help.report.step2': 'Cuenta lo que pasó. Puedes ir acompañada de alguien de confianza.',
  'help.report.step3': 'En el CEM te dan apoyo psicológico, legal y social, y te ayudan con la denuncia.',
  'help.report.step4': 'El juzgado debe dar medidas de protección en pocos días (la ley fija 72 horas, o 24 si el riesgo es grave).',
  'help.report.step5': 'Si estás en peligro ahora, llama al 105 (Policía) o al 100.',
  'help.services.intro': 'Elige tu distrito o usa la ubicación del teléfono.',
  'help.services.district': 'Tu distrito',
  'help.services.districtHint': 'Escribe el nombre del distrito.',
  'help.services.useLocation': 'Usar mi ubicación',
  'help.services.locating': 'Buscando…',
  'help.services.noLocation': 'No se pudo saber tu ubicación. Elige tu distrito.',
  'help.services.none': 'No hay servicios registrados cerca. Llama a la Línea 100.',
  'help.services.error': 'No se pudo cargar la lista. Llama a la Línea 100.',
  'help.services.offline': 'Sin conexión. Usa la ubicación del teléfono, o escribe el nombre de un servicio o de un lugar.',
  'help.services.saved': 'Sin conexión: esta es la lista guardada en el teléfono; puede no estar al día. Llama antes de ir.',
};

export type HelpKey = keyof typeof messages;
