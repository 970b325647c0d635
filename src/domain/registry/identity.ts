/**
 * Peruvian identity numbers: DNI (8 digits), carné de extranjería (up to 12 letters and
 * digits) and RUC (11 digits, prefix 10/15/17/20, modulo-11 check digit with weights
 * 5,4,3,2,7,6,5,4,3,2 — SUNAT's published rule).
 */
import type { FieldProblem } from '../errors.ts';

export function isValidDni(value: string): boolean {
  return /^\d{8}$/.test(value);
}

export function isValidCe(value: string): boolean {
  return /^[A-Za-z0-9]{1,12}$/.test(value);
}

const RUC_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const RUC_PREFIXES = ['10', '15', '17', '20'];

export function rucCheckDigit(firstTen: string): number {
  const sum = RUC_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(firstTen[i]), 0);
  const digit = 11 - (sum % 11);
  return digit === 10 ? 0 : digit === 11 ? 1 : digit;
}

/** Why a RUC is not valid, or undefined when it is. */
export function rucProblem(value: string): string | undefined {
  return rucFieldProblem('ruc', value)?.message;
}

export function rucFieldProblem(path: string, value: string): FieldProblem | undefined {
  if (!/^\d{11}$/.test(value)) return { path, code: 'ruc.length', message: 'must have exactly 11 digits' };
  if (!RUC_PREFIXES.includes(value.slice(0, 2))) return { path, code: 'ruc.prefix', message: 'must start with 10, 15, 17 or 20' };
  if (rucCheckDigit(value.slice(0, 10)) !== Number(value[10])) return { path, code: 'ruc.check_digit', message: 'has a wrong check digit' };
  return undefined;
}

/** Why an identity document is not valid, or undefined when it is. */
export function idDocumentProblem(idType: 'dni' | 'ce' | 'none', idNumber: string | null | undefined): FieldProblem | undefined {
  const number = idNumber?.trim() ?? '';
  const path = 'id_number';
  if (idType === 'none') return number ? { path, code: 'id_number.must_be_empty', message: 'must be empty when there is no document' } : undefined;
  if (!number) return { path, code: 'id_number.required', message: 'is required for this document type' };
  if (idType === 'dni' && !isValidDni(number)) {
    const shown = number.length > 20 ? number.slice(0, 20) + '…' : number;
    return { path, code: 'dni.length', params: { value: shown }, message: `a DNI must have exactly 8 digits; got "${shown}"` };
  }
  if (idType === 'ce' && !isValidCe(number)) return { path, code: 'ce.format', message: 'a carné de extranjería has at most 12 letters and digits' };
  return undefined;
}
