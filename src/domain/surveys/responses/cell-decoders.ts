/**
 * Reads one export cell as the answer its question's type calls for: whole numbers, decimals
 * (with a decimal point or a decimal comma, as Spanish-locale Excel writes them), dates as
 * YYYY-MM-DD, choice names, or text. A value that does not fit comes back as a Misfit, which
 * the decoder reports with the line and column and stores as null.
 *
 * Must hold: never guess. "1.234,5" (thousands separator) is a misfit, not 1.2345; 31/02/2026
 * is a misfit, not 3 March; 05/03/2026 is 5 March (DD/MM/YYYY, Peru's order). All patterns are
 * compiled once here, never per cell.
 */
import type { AnswerValue, Question } from '../form.ts';
import { ChoiceResolver } from './choice-resolver.ts';

/** Why a cell does not fit its question. */
export class Misfit {
  constructor(readonly code: string, readonly message: string) {}
}

export type CellDecoder = (cell: string) => AnswerValue | Misfit;

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DMY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: [\d:]+)?$/;
const EXCEL_SERIAL = /^\d{1,7}(?:\.\d+)?$/;
/** Day 0 of Excel's 1900 date system; serials from 61 on (1 March 1900) are exact. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const LAST_EXCEL_SERIAL = 2_958_465;

/** A number written with a decimal point or comma, or null. */
export function readNumber(cell: string): number | null {
  if (!NUMBER.test(cell)) return null;
  const value = Number(cell.includes(',') ? cell.replace(',', '.') : cell);
  return Number.isFinite(value) ? value : null;
}

export function decodeInteger(cell: string): number | Misfit {
  const value = readNumber(cell);
  if (value === null) return new Misfit('not_a_number', `"${cell}" is not a whole number`);
  if (!Number.isInteger(value)) return new Misfit('not_an_integer', `"${cell}" is not a whole number`);
  return value;
}

export function decodeDecimal(cell: string): number | Misfit {
  return readNumber(cell) ?? new Misfit('not_a_number', `"${cell}" is not a number`);
}

/**
 * @example decodeDate('05/03/2026') // '2026-03-05'
 * @example decodeDate('46086') // '2026-03-05' (an Excel date serial)
 */
export function decodeDate(cell: string): string | Misfit {
  const iso = ISO_DATE.exec(cell);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), cell);
  const dmy = DMY_DATE.exec(cell);
  if (dmy) return calendarDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), cell);
  if (EXCEL_SERIAL.test(cell)) {
    const serial = Math.floor(Number(cell));
    if (serial >= 1 && serial <= LAST_EXCEL_SERIAL) return new Date(EXCEL_EPOCH_MS + serial * DAY_MS).toISOString().slice(0, 10);
  }
  return new Misfit('not_a_date', `"${cell}" is not a date (write YYYY-MM-DD or DD/MM/YYYY)`);
}

function calendarDate(year: number, month: number, day: number, cell: string): string | Misfit {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
    return new Misfit('not_a_date', `"${cell}" is not a real date`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The decoder for a question that has one column of its own. */
export function decoderFor(question: Question, choices: ChoiceResolver | null): CellDecoder {
  switch (question.type) {
    case 'integer':
      return decodeInteger;
    case 'decimal':
      return decodeDecimal;
    case 'date':
      return cached(decodeDate);
    case 'select_one':
      return choices ? selectOneDecoder(question, choices) : keepText;
    case 'select_multiple':
      return choices ? selectMultipleDecoder(question, choices) : keepText;
    default:
      return keepText;
  }
}

const keepText: CellDecoder = (cell) => cell;

const CACHE_LIMIT = 5000;

/** Remembers the first few thousand distinct cells of a column: survey dates repeat a lot. */
function cached(decode: CellDecoder): CellDecoder {
  const seen = new Map<string, AnswerValue | Misfit>();
  return (cell) => {
    const known = seen.get(cell);
    if (known !== undefined) return known;
    const value = decode(cell);
    if (seen.size < CACHE_LIMIT) seen.set(cell, value);
    return value;
  };
}

function selectOneDecoder(question: Question, choices: ChoiceResolver): CellDecoder {
  return (cell) => choices.resolveOne(cell) ?? new Misfit('unknown_choice', `"${cell}" is not a choice of list "${question.listName}"`);
}

function selectMultipleDecoder(question: Question, choices: ChoiceResolver): CellDecoder {
  return (cell) => {
    const { names, unknown } = choices.resolveMany(cell);
    if (unknown !== null) return new Misfit('unknown_choice', `"${unknown}" in "${cell}" is not a choice of list "${question.listName}"`);
    return names as string[];
  };
}
