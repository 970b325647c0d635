/**
 * Spanish texts of the conflict screen (web/offline/conflict-*): an update someone else's save
 * overtook, shown field by field with a choice per field, and the notices of a person's record
 * corrected with no signal. The source of truth for these keys; a catalog part loaded with the
 * registry's edit screens (conflict-part.ts), never with the login route.
 */
export const messages = {
  'conflict.title': 'Alguien cambió este registro mientras usted lo editaba',
  'conflict.intro': 'Nada se guardó todavía. Elija en cada dato qué valor guardar: el suyo o el que ya está en el servidor.',
  'conflict.mine': 'Suyo: {value}',
  'conflict.server': 'En el servidor: {value}',
  'conflict.empty': '(vacío)',
  'conflict.save': 'Guardar lo elegido',
  'conflict.chooseAll': 'Elija un valor en cada dato.',
  'conflict.changedAgain': 'Alguien volvió a guardar este registro mientras usted elegía. Revise de nuevo.',
  'conflict.nothingDiffers': 'Sus cambios ya coinciden con lo que está en el servidor: no hay nada que enviar.',
  'conflict.continue': 'Continuar',
  'conflict.cancel': 'Descartar mis cambios',
  'conflict.resolve': 'Resolver el conflicto',
  'conflict.itemGone': 'Este envío ya no está en el teléfono.',
  'conflict.queued': 'Sin conexión: la corrección de {name} quedó guardada en el teléfono y se enviará cuando vuelva la conexión.',
  'conflict.notAssigned': 'Sin conexión solo puede corregir este registro quien la registró. Inténtelo de nuevo con conexión.',
} as const;

export type ConflictKey = keyof typeof messages;
