/**
 * Spanish texts of the reference prices screen (`/prices`): its own catalog part, loaded with
 * the screen's lazy chunk (web/production/prices-route.tsx), so only code under
 * web/production/ may use them (the catalog test checks it).
 */
export const messages = {
  'prices.title': 'Precios de referencia',
  'prices.intro': 'Con estos precios Pallay calcula cuánto vale el oro de una venta: el precio internacional del oro en dólares por onza troy y el tipo de cambio en soles por dólar. Una venta usa el precio de su fecha o el último anterior.',
  'prices.caveat': 'Los precios históricos son promedios mensuales (Banco Mundial y BCRP). Antes de usarlos para un crédito o un reclamo, compruébalos en la fuente.',
  'prices.gold': 'Oro (US$ por onza troy)',
  'prices.fx': 'Tipo de cambio (S/ por US$)',
  'prices.none': 'Todavía no hay precios.',
  'prices.monthly': 'promedio de {month}',
  'prices.daily': 'del {date}',
  'prices.enterTitle': 'Registrar los precios de un día',
  'prices.date': 'Fecha',
  'prices.goldField': 'Precio del oro (US$ por onza troy)',
  'prices.goldHint': 'Por ejemplo 4228.50. Puede dejarlo vacío si solo registra el tipo de cambio.',
  'prices.fxField': 'Tipo de cambio (S/ por US$)',
  'prices.fxHint': 'Por ejemplo 3.40. Puede dejarlo vacío si solo registra el oro.',
  'prices.source': 'Fuente',
  'prices.sourceHint': 'De dónde viene el precio, por ejemplo «BCRP, cierre del día» o «Kitco».',
  'prices.save': 'Guardar precios',
  'prices.saved': 'Precios guardados para el {date}.',
  'prices.oneRequired': 'Escriba el precio del oro, el tipo de cambio o los dos.',
  'prices.notFuture': 'La fecha no puede ser futura.',
} as const;

export type PricesKey = keyof typeof messages;
