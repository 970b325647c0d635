/**
 * Reads the `type` cell of a survey row: a question type with its choice list, the start or end
 * of a group or repeat, or a refusal. Spellings follow pyxform, the reference converter
 * (`begin group` and `begin_group`, `select all that apply from LIST`, `int`), so a form that
 * KoboToolbox or ODK accepts reads the same here.
 *
 * Must hold: a type Pallay does not know is refused (a typo such as `integr` must not quietly
 * become free text), while the known types that indicators cannot use (geopoint, start, image,
 * time…) are kept as `other` with the cell as written. Choices that live outside the workbook
 * (`select_one_from_file`, `select_one_external`), `rank` and `osm LIST` are `other` too: their answers are
 * kept as text, since there is no list here to check them against.
 */
import type { QuestionType } from '../form.ts';

export type ReadType =
  | { kind: 'question'; type: QuestionType; listName: string | null; hasOrOther: boolean }
  | { kind: 'begin'; block: 'group' | 'repeat' }
  | { kind: 'end'; block: 'group' | 'repeat' }
  | { kind: 'refused'; code: 'unknown_type' | 'unsupported_type' | 'select_without_list'; reason: string };

const BASIC_TYPES: Record<string, QuestionType> = {
  text: 'text',
  string: 'text',
  integer: 'integer',
  int: 'integer',
  decimal: 'decimal',
  date: 'date',
  note: 'note',
  calculate: 'calculate',
};

/** Types a form may use that carry no answer indicators can count: kept as `other`. */
const OTHER_TYPES = new Set([
  'geopoint', 'geotrace', 'geoshape', 'gps', 'location', 'start-geopoint', 'start', 'end', 'today',
  'deviceid', 'subscriberid', 'simserial', 'phonenumber', 'phone number', 'username', 'email', 'imei',
  'uri:deviceid', 'uri:subscriberid', 'uri:simserial', 'uri:phonenumber', 'uri:username', 'uri:email',
  'audit', 'image', 'photo', 'audio', 'video', 'file', 'background-audio', 'barcode', 'acknowledge',
  'trigger', 'range', 'hidden', 'time', 'datetime', 'date time', 'xml-external', 'csv-external', 'osm',
]);

/** Select spellings, longest first so `select one from file` is not read as `select one from`. */
const SELECT_PREFIXES: [string, 'select_one' | 'select_multiple' | 'outside'][] = (
  [
    ['add select one prompt using', 'select_one'],
    ['add select multiple prompt using', 'select_multiple'],
    ['select all that apply from', 'select_multiple'],
    ['select all that apply', 'select_multiple'],
    ['select one from file', 'outside'],
    ['select multiple from file', 'outside'],
    ['select_one_from_file', 'outside'],
    ['select_multiple_from_file', 'outside'],
    ['select_one_external', 'outside'],
    ['select one from', 'select_one'],
    ['select_one', 'select_one'],
    ['select one', 'select_one'],
    ['select1', 'select_one'],
    ['select_multiple', 'select_multiple'],
    ['select multiple', 'select_multiple'],
    ['rank', 'outside'],
    ['osm', 'outside'],
  ] as [string, 'select_one' | 'select_multiple' | 'outside'][]
).sort((a, b) => b[0].length - a[0].length);

const CONTROL = /^(begin|end)[ _](group|repeat)$/;
const LOOP = /^(begin|end)[ _]loop\b/;
const OR_OTHER = /\s+(or_other|or specify other)$/;

/**
 * @example readType('select_one yes_no') // { kind: 'question', type: 'select_one', listName: 'yes_no', hasOrOther: false }
 * @example readType('begin_repeat') // { kind: 'begin', block: 'repeat' }
 */
export function readType(cell: string): ReadType {
  const written = cell.trim().replace(/\s+/g, ' ');
  const lower = written.toLowerCase();
  const control = CONTROL.exec(lower);
  if (control) {
    const block = control[2] === 'group' ? 'group' : 'repeat';
    return control[1] === 'begin' ? { kind: 'begin', block } : { kind: 'end', block };
  }
  if (LOOP.test(lower)) {
    return { kind: 'refused', code: 'unsupported_type', reason: `"${written}": loops over a choice list are not supported; use a repeat or one group per choice` };
  }
  const basic = BASIC_TYPES[lower];
  if (basic) return { kind: 'question', type: basic, listName: null, hasOrOther: false };
  if (OTHER_TYPES.has(lower)) return { kind: 'question', type: 'other', listName: null, hasOrOther: false };
  return readSelect(written, lower);
}

function readSelect(written: string, lower: string): ReadType {
  const orOther = OR_OTHER.exec(lower);
  const body = orOther ? written.slice(0, orOther.index) : written;
  const bodyLower = body.toLowerCase();
  const match = SELECT_PREFIXES.find(([prefix]) => bodyLower === prefix || bodyLower.startsWith(`${prefix} `));
  if (!match) return { kind: 'refused', code: 'unknown_type', reason: `unknown question type "${written}"` };
  const [prefix, kind] = match;
  const listName = body.slice(prefix.length).trim();
  if (kind === 'outside') return { kind: 'question', type: 'other', listName: null, hasOrOther: false };
  if (listName === '') {
    return { kind: 'refused', code: 'select_without_list', reason: `"${written}" needs the name of a choice list, e.g. "${prefix} yes_no"` };
  }
  return { kind: 'question', type: kind, listName, hasOrOther: orOther !== null };
}
