/**
 * Spanish texts of the data-subject rights screens (ARCO, Ley 29733): the copy of her data, the
 * cancellation and the member's own "Mis datos" page. A catalog part loaded with the ARCO chunk
 * (arco-part.ts), which only opens when someone asks for these rights, so only code under
 * web/arco/ may use these keys (the catalog test checks it). Plain words: the people reading
 * them are staff at a desk with the woman beside them, or the woman herself.
 */
export const messages = {
  'arco.title': 'Derechos sobre sus datos (ARCO)',
  'arco.intro': 'La ley de protección de datos personales (Ley 29733) le da derecho a ver, corregir y cancelar sus datos, y a oponerse a un uso.',
  'arco.access': 'Acceso: copia de sus datos',
  'arco.access.intro': 'Se entrega cuando ella la pide por escrito. Escriba la fecha de su solicitud: queda registrada junto con la copia.',
  'arco.access.requestedOn': 'Fecha de su solicitud escrita',
  'arco.access.requestedOnHint': 'La fecha de la carta o del formulario que ella firmó.',
  'arco.access.needsDate': 'Escriba la fecha de su solicitud para descargar la copia.',
  'arco.access.json': 'Descargar copia (JSON)',
  'arco.access.pdf': 'Descargar copia (PDF)',
  'arco.access.note': 'La copia incluye todo lo que Pallay guarda de ella. Las derivaciones confidenciales no se incluyen: las atiende la trabajadora del caso.',
  'arco.rectify': 'Rectificación: corregir sus datos',
  'arco.rectify.here': 'Use «Corregir datos» en esta página. Cada cambio queda registrado.',
  'arco.rectify.link': 'Corregir datos',
  'arco.rectify.elsewhere': 'La promotora o la coordinación de su organización corrige sus datos con «Corregir datos».',
  'arco.cancel': 'Cancelación: borrar sus datos',
  'arco.cancel.link': 'Cancelar sus datos (derecho de cancelación)',
  'arco.oppose': 'Oposición: dejar de usar sus datos para un fin',
  'arco.oppose.text': 'Retire el consentimiento de ese fin en «Consentimientos». Se deja de usar desde ese día.',
  'arco.check.dateRequired': 'Escriba la fecha de su solicitud.',
  'arco.check.dateNotReal': 'No es una fecha real.',
  'arco.check.dateFuture': 'La fecha no puede ser futura.',

  'arco.cancel.title': 'Cancelar los datos de {name}',
  'arco.cancel.warning': 'Esto no se puede deshacer. Hágalo solo con su solicitud escrita en la mano.',
  'arco.cancel.erased': 'Se borra',
  'arco.cancel.erased.identity': 'Su nombre, DNI u otro documento, fecha de nacimiento, celular, idiomas, hogar, estudios y códigos REINFO, RECPO, RUC y de seleccionadora.',
  'arco.cancel.erased.account': 'Su cuenta de usuaria: se cierra y sus sesiones terminan.',
  'arco.cancel.erased.audit': 'Sus datos en el historial de cambios (queda solo que hubo un cambio).',
  'arco.cancel.erased.receipts': 'Los números de recibo de sus ventas y las notas de sus resultados de mercurio.',
  'arco.cancel.kept': 'Se conserva, sin su identidad',
  'arco.cancel.kept.figures': 'Sus lotes, ventas, ahorros y resultados de salud, sin su nombre: así las cifras de la organización siguen cuadrando.',
  'arco.cancel.kept.person': 'Un registro sin nombre con solo sexo, distrito y perfil, para las estadísticas.',
  'arco.cancel.kept.void': 'Sus constancias de ingresos y certificados quedan anulados: quien los verifique verá «anulado».',
  'arco.cancel.kept.consents': 'Sus consentimientos, sin el nombre del testigo; los vigentes se retiran en la fecha de su solicitud.',
  'arco.cancel.kept.referrals': 'Las derivaciones confidenciales no se tocan: las maneja la trabajadora del caso según sus propias reglas.',
  'arco.cancel.kept.backups': 'Las copias de seguridad antiguas guardan sus datos hasta que se renuevan.',
  'arco.cancel.lists': 'Ella ya no aparecerá en listas, búsquedas ni exportaciones.',
  'arco.cancel.requestedOn': 'Fecha de su solicitud escrita',
  'arco.cancel.legalBasis': 'Motivo y referencia de la solicitud',
  'arco.cancel.legalBasisHint': 'Por ejemplo «Ley 29733 art. 20: solicitud escrita N.º 12-2026». No escriba su nombre, DNI ni celular: este texto se guarda después del borrado.',
  'arco.cancel.confirmDigits': 'Para confirmar, escriba los 4 últimos dígitos de su documento, tal como figuran en su solicitud escrita',
  'arco.cancel.confirmWord': 'Para confirmar, escriba la palabra {word}',
  'arco.cancel.confirmWrong': 'No coincide. Revise que sea la persona correcta.',
  'arco.cancel.legalBasisRequired': 'Escriba el motivo y la referencia de la solicitud.',
  'arco.cancel.submit': 'Cancelar sus datos para siempre',
  'arco.cancel.busy': 'Cancelando…',
  'arco.cancel.back': 'Volver sin cancelar',
  'arco.cancel.done': 'Sus datos fueron cancelados. El registro queda cerrado.',
  'arco.cancel.already': 'Los datos de este registro ya fueron cancelados.',
  'arco.check.namesHer': 'No escriba su nombre, documento ni celular: este texto se guarda después de borrar sus datos.',

  'arco.mine.title': 'Mis datos',
  'arco.mine.intro': 'Puedes descargar una copia de todo lo que Pallay guarda sobre ti. Es tu derecho (Ley 29733).',
  'arco.mine.json': 'Descargar mis datos (JSON)',
  'arco.mine.pdf': 'Descargar mis datos (PDF)',
  'arco.mine.rectify': 'Si algo está mal, pide a tu promotora o a la coordinación de tu organización que lo corrija.',
  'arco.mine.cancel': 'Para borrar tus datos, entrega una solicitud escrita a la coordinación de tu organización.',
  'arco.mine.oppose': 'Para que tus datos dejen de usarse para un fin, pide que se retire tu consentimiento.',
  'arco.mine.noRecord': 'Tu cuenta no está unida a un registro de persona. Pide a la coordinación que la una.',
} satisfies Record<string, string>;

/** The keys of the ARCO part. */
export type ArcoKey = keyof typeof messages;
