/**
 * Spanish texts of the mining sites screens (`/sites`): part of the registry's catalog part
 * (es-registry.ts spreads them in), kept in their own file like es-import.ts. Only code under
 * web/registry/ may use them, like every registry key.
 */
export const messages = {
  'site.title': 'Lugares mineros',
  'site.new': 'Registrar lugar',
  'site.search': 'Buscar por nombre',
  'site.none': 'No hay lugares con esa búsqueda.',
  'site.back': 'Volver a los lugares',
  'site.name': 'Nombre del lugar',
  'site.district': 'Distrito',
  'site.lat': 'Latitud',
  'site.lon': 'Longitud',
  'site.coordsHint': 'Opcional. En grados decimales, por ejemplo -14.62 y -69.43.',
  'site.concession': 'Código de concesión',
  'site.operator': 'Operador (organización)',
  'site.create': 'Registrar lugar',
  'site.created': 'Lugar registrado: {name}',
  'site.edit': 'Corregir datos del lugar',
  'site.editTitle': 'Corregir: {name}',
  'site.updated': 'Cambios guardados: {name}',
  'site.versionConflict': 'Otra persona cambió este lugar mientras lo corregías. Vuelve a cargarlo y haz tus cambios otra vez.',
  'site.authorisations': 'Autorizaciones de pallaqueo',
  'site.noAuthorisations': 'Todavía no hay autorizaciones para este lugar.',
  'site.addAuthorisation': 'Registrar autorización',
  'site.holderType': 'Quién tiene la autorización',
  'site.holder.person': 'Una persona',
  'site.holder.organisation': 'Una asociación',
  'site.person': 'Persona',
  'site.organisation': 'Asociación',
  'site.kind': 'Tipo de autorización',
  'site.kind.written': 'Escrita',
  'site.kind.verbal': 'Verbal',
  'site.from': 'Desde',
  'site.to': 'Hasta (opcional)',
  'site.documentRef': 'Referencia del documento',
  'site.saveAuthorisation': 'Guardar autorización',
  'site.authorisationAdded': 'Autorización registrada.',
  'site.since': 'desde {from}',
  'site.period': '{from} a {to}',
} satisfies Record<string, string>;

/** The keys of the mining sites screens. */
export type SitesKey = keyof typeof messages;
