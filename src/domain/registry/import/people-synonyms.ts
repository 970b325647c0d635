/**
 * The header names people actually put on registry spreadsheets, Spanish and English, for each
 * field the people import understands. Kept apart from the matching code so the table can be
 * read (and extended) on its own; docs/import-people.md shows the same table to users.
 *
 * Names are written naturally here and compared after `normaliseHeader`: case, accents,
 * punctuation, "(hints in brackets)" and filler words (de, del, N°, número, the, of…) are ignored,
 * so "N° de DNI", "Nro. DNI" and "dni" are the same name. Two fields must never share a name:
 * `people-columns.ts` refuses to load if they do, and a test covers it.
 */

/** The columns a people import can fill: PersonInput fields plus two combined name columns. */
export const IMPORT_FIELDS = [
  'id_type', 'id_number', 'id_none_reason', 'given_names', 'paternal_surname', 'maternal_surname',
  'surnames', 'surnames_and_names', 'sex', 'birth_date', 'phone', 'languages', 'district', 'profiles',
  'miner_position', 'head_of_household', 'single_parent', 'dependants', 'literacy', 'education_level',
  'reinfo_code', 'reinfo_status', 'recpo_code', 'selectors_registry_code', 'selectors_registry_region', 'ruc',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Header names per field (besides the field name itself, e.g. "given_names"). First = the one docs show. */
export const HEADER_SYNONYMS: Record<ImportField, readonly string[]> = {
  id_type: ['Tipo de documento', 'Tipo doc', 'Tipo de documento de identidad', 'ID type', 'Document type'],
  id_number: [
    'DNI', 'N° DNI', 'Documento', 'N° de documento', 'Documento de identidad', 'Doc. identidad', 'DNI/CE', 'DNI o CE',
    'Carné de extranjería', 'ID', 'ID number', 'Identity document', 'Document', 'National ID',
  ],
  id_none_reason: ['Motivo sin documento', 'Motivo sin DNI', 'Sin documento motivo', 'No ID reason', 'Reason without ID'],
  given_names: ['Nombres', 'Nombre', 'Prenombres', 'Nombre(s)', 'Given names', 'Given name', 'First name', 'First names', 'Forenames', 'Name'],
  paternal_surname: [
    'Apellido paterno', 'Ap. paterno', 'Ape. paterno', 'Apellido pat.', 'Primer apellido', 'Paternal surname',
    'First surname', "Father's surname", 'Paternal last name',
  ],
  maternal_surname: [
    'Apellido materno', 'Ap. materno', 'Ape. materno', 'Apellido mat.', 'Segundo apellido', 'Maternal surname',
    'Second surname', "Mother's surname", 'Maternal last name',
  ],
  surnames: ['Apellidos', 'Surnames', 'Last name', 'Last names', 'Family name', 'Surname'],
  surnames_and_names: ['Apellidos y nombres', 'Apellidos, nombres', 'Surnames and names', 'Last name, first name'],
  sex: ['Sexo', 'Sex', 'Género', 'Genero', 'Gender', 'Sexo (F/M)'],
  birth_date: [
    'Fecha de nacimiento', 'F. Nac.', 'Fecha nac.', 'Fec. nac.', 'Fech. nac.', 'F. nacimiento', 'Nacimiento',
    'Birth date', 'Date of birth', 'Birthdate', 'DOB',
  ],
  phone: [
    'Celular', 'Cel.', 'Teléfono', 'Telf.', 'Tel.', 'Teléfono celular', 'Móvil', 'N° de celular', 'WhatsApp',
    'Phone', 'Mobile', 'Cell phone', 'Telephone',
  ],
  languages: ['Idiomas', 'Idioma', 'Lengua', 'Lenguas', 'Lengua materna', 'Idiomas que habla', 'Languages', 'Language'],
  district: ['Ubigeo', 'Código ubigeo', 'Cód. ubigeo', 'Ubigeo distrito', 'Código de distrito', 'District code', 'UBIGEO code'],
  profiles: ['Perfil', 'Perfiles', 'Actividad', 'Ocupación', 'Profile', 'Profiles', 'Activity', 'Occupation'],
  miner_position: ['Cargo', 'Puesto', 'Posición', 'Cargo en la mina', 'Position', 'Role in the mine'],
  head_of_household: ['Jefa de hogar', 'Jefe de hogar', 'Jefa de familia', 'Jefa del hogar', 'Head of household'],
  single_parent: ['Madre soltera', 'Madre sola', 'Hogar monoparental', 'Monoparental', 'Single parent', 'Single mother'],
  dependants: ['Dependientes', 'N° de dependientes', 'Personas a cargo', 'Carga familiar', 'Dependants', 'Dependents'],
  literacy: ['Alfabetismo', 'Lee y escribe', 'Sabe leer y escribir', 'Alfabetización', 'Literacy'],
  education_level: [
    'Grado de instrucción', 'Nivel educativo', 'Nivel de estudios', 'Instrucción', 'Educación', 'Education level',
    'Education', 'Schooling',
  ],
  reinfo_code: ['Código REINFO', 'REINFO', 'Cód. REINFO', 'N° REINFO', 'REINFO code'],
  reinfo_status: ['Estado REINFO', 'Situación REINFO', 'Condición REINFO', 'REINFO status'],
  recpo_code: ['Código RECPO', 'RECPO', 'Cód. RECPO', 'RECPO code'],
  selectors_registry_code: [
    'Código registro de seleccionadoras', 'Registro de seleccionadoras', 'Registro de pallaqueras',
    'Código de pallaquera', 'Selectors registry code',
  ],
  selectors_registry_region: [
    'Región registro de seleccionadoras', 'Región del registro', 'Departamento del registro', 'Selectors registry region',
  ],
  ruc: ['RUC', 'N° RUC', 'Número de RUC', 'Tax ID (RUC)'],
};

/** The columns a file must have (or that --map must supply); alternatives are listed together. */
export const REQUIRED_COLUMNS: readonly { fields: readonly ImportField[]; what: string }[] = [
  { fields: ['given_names', 'surnames_and_names'], what: 'given names' },
  { fields: ['paternal_surname', 'surnames', 'surnames_and_names'], what: 'paternal surname' },
  { fields: ['sex'], what: 'sex' },
  { fields: ['profiles'], what: 'profile' },
];

const FILLER = new Set(['n', 'no', 'nro', 'nr', 'num', 'numero', 'number', 'de', 'del', 'la', 'el', 'los', 'las', 'su', 'y', 'e', 'o', 'of', 'the', 'and', 'or']);

/**
 * The form a header is compared in: words without accents, case, punctuation, brackets or filler.
 * @example normaliseHeader('N° de DNI (8 dígitos)') // 'dni'
 * @example normaliseHeader('fechaNacimiento') // 'fecha nacimiento'
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/\([^)]*\)/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !FILLER.has(word))
    .join(' ');
}
