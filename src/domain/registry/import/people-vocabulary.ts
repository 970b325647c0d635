/**
 * The words people write in a registry spreadsheet for each coded PersonInput field ("Mujer",
 * "minera", "castellano", "secundaria incompleta"…) and the contract value each one means.
 *
 * Matching ignores case, accents and punctuation ("Sí", "si", "SI." are one word), and the contract
 * values themselves ("woman_miner", "reads_only") are always accepted, so a file exported by
 * Pallay imports back unchanged. A word that is not listed is a problem for the row, never a
 * guess. Pure.
 */
import {
  EDUCATION_LEVELS, ID_TYPES, LANGUAGES, LITERACY, MINER_POSITIONS, PROFILES, REINFO_STATUSES, SEXES,
} from '../../../contracts/registry.ts';

export interface Vocabulary<T extends string> {
  /** The contract value a written word means, if it is a known word. */
  lookup(written: string): T | undefined;
  /** What to write instead, for messages ("F or M, Mujer or Hombre"). */
  hint: string;
  /** The same words as a plain list ("F, M, Mujer, Hombre"), for messages in other languages. */
  words: string;
}

/** Lower case, no accents, punctuation as single spaces: "Sí." → "si", "Carné de Extranjería" → "carne de extranjeria". */
export function normaliseWord(written: string): string {
  return written.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function vocabulary<T extends string>(values: readonly T[], words: Record<T, string[]>, hint: string): Vocabulary<T> {
  const index = new Map<string, T>();
  for (const value of values) {
    for (const word of [value, value.replace(/_/g, ' '), ...words[value]]) index.set(normaliseWord(word), value);
  }
  return { lookup: (written) => index.get(normaliseWord(written)), hint, words: hint.replace(/ or /g, ', ') };
}

/** Sex words without the letter M, which depends on the file (see `sexLetters` in people-values). */
export const SEX_WORDS = vocabulary(SEXES, {
  female: ['f', 'fem', 'femenino', 'mujer', 'woman'],
  male: ['h', 'masc', 'masculino', 'hombre', 'varon', 'man'],
}, 'F or M, Mujer or Hombre');

export const PROFILE_WORDS = vocabulary(PROFILES, {
  pallaquera: ['pallaqueras', 'seleccionadora', 'seleccionadoras', 'seleccionadora de mineral', 'selectora', 'pallaqueo'],
  woman_miner: ['minera', 'mineras', 'mujer minera', 'minera artesanal'],
  man_miner: ['minero', 'mineros', 'hombre minero', 'minero artesanal'],
  other: ['otro', 'otra', 'otros', 'otras'],
}, 'pallaquera, minera, minero or otro');

export const LANGUAGE_WORDS = vocabulary(LANGUAGES, {
  es: ['castellano', 'espanol', 'spanish', 'cast'],
  qu: ['quechua', 'quichua', 'kechwa', 'runasimi', 'runa simi'],
  ay: ['aymara', 'aimara'],
  other: ['otro', 'otra', 'otros', 'ashaninka', 'awajun', 'shipibo', 'machiguenga', 'matsigenka', 'ingles', 'english', 'portugues'],
}, 'castellano, quechua, aymara or otro');

export const POSITION_WORDS = vocabulary(MINER_POSITIONS, {
  director: ['directora', 'titular', 'duena', 'dueno', 'propietaria', 'propietario', 'owner'],
  partner: ['socia', 'socio', 'asociada', 'asociado', 'accionista'],
  worker: ['trabajadora', 'trabajador', 'obrera', 'obrero', 'peon', 'operaria', 'operario', 'ayudante'],
  professional: ['profesional', 'ingeniera', 'ingeniero', 'tecnica', 'tecnico', 'geologa', 'geologo', 'engineer'],
  authority: ['autoridad', 'dirigente'],
}, 'directora, socia, trabajadora, profesional or autoridad');

export const LITERACY_WORDS = vocabulary(LITERACY, {
  reads_and_writes: ['lee y escribe', 'lee escribe', 'si', 'yes', 'alfabeta'],
  reads_only: ['solo lee', 'lee', 'reads'],
  neither: ['no', 'ninguno', 'no lee ni escribe', 'analfabeta', 'analfabeto', 'none'],
}, 'lee y escribe, solo lee or no');

export const EDUCATION_WORDS = vocabulary(EDUCATION_LEVELS, {
  none: ['ninguno', 'ninguna', 'sin estudios', 'sin instruccion'],
  primary_incomplete: ['primaria incompleta', 'prim incompleta'],
  primary: ['primaria', 'primaria completa', 'prim completa'],
  secondary_incomplete: ['secundaria incompleta', 'sec incompleta'],
  secondary: ['secundaria', 'secundaria completa', 'sec completa'],
  technical: ['tecnica', 'tecnico', 'superior tecnica', 'superior tecnico', 'tecnico superior', 'instituto'],
  university: ['universitaria', 'universitario', 'superior universitaria', 'universidad'],
}, 'ninguno, primaria (in)completa, secundaria (in)completa, técnica or universitaria');

export const REINFO_STATUS_WORDS = vocabulary(REINFO_STATUSES, {
  valid: ['vigente', 'valido', 'valida', 'activo', 'activa'],
  suspended: ['suspendido', 'suspendida'],
  excluded: ['excluido', 'excluida'],
}, 'vigente, suspendido or excluido');

export const ID_TYPE_WORDS = vocabulary(ID_TYPES, {
  dni: ['d n i', 'documento nacional de identidad'],
  ce: ['c e', 'carne de extranjeria', 'carnet de extranjeria', 'carne extranjeria'],
  none: ['ninguno', 'sin documento', 'no tiene'],
}, 'DNI, CE or ninguno');

const YES = new Set(['si', 's', 'yes', 'y', 'x', 'true', 'verdadero', '1']);
const NO = new Set(['no', 'n', 'false', 'falso', '0']);

/** sí/si/yes/x/1 → true; no/0 → false; anything else → undefined. */
export function lookupBoolean(written: string): boolean | undefined {
  const word = normaliseWord(written);
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}
