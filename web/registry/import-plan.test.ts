/** Import wizard rules: who imports, the map parameter, reasons and file facts in words, refusals. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { messages as es } from '../i18n/es-registry.ts';
import { addCatalogPart } from '../i18n/i18n.ts';
import { registryPart } from '../i18n/registry-part.ts';
import { checkFileSize, describeImportError, MAX_IMPORT_BYTES } from './import-errors.ts';
import { buildMap, canImport, fileFacts, ignoredReason, mapKey, mappableColumns } from './import-plan.ts';
import type { ImportReport } from './registry-api.ts';

addCatalogPart(registryPart);

const report = (ignored: ImportReport['ignored_columns']): ImportReport => ({
  created: 1, updated: 0, unchanged: 0, possible_duplicates: 0, rejected: 0, dry_run: true, rejects: [],
  columns: [{ column: 'Nombres', field: 'given_names' }], ignored_columns: ignored,
  file: { format: 'text', encoding: 'windows-1252', separator: ';', rows: 2 },
});

describe('import wizard rules', () => {
  it('lets only the roles the server allows import', () => {
    expect(['admin', 'coordinator', 'association_leader'].every((r) => canImport(r as never))).toBe(true);
    expect(['promoter', 'member', 'analyst', 'partner', 'case_worker'].some((r) => canImport(r as never))).toBe(false);
  });

  it('names columns in map the way the server compares them, so commas and quotes cannot break it', () => {
    expect(mapKey('  N° de Socia ')).toBe('n de socia');
    expect(mapKey('Observación, "otra"=x')).toBe('observacion otra x');
    expect(buildMap({ 'Socia': 'given_names', 'Obs.': '-' })).toBe('socia=given_names,obs=-');
    expect(buildMap({ '°': '-' })).toBeUndefined();
    expect(buildMap({})).toBeUndefined();
  });

  it('puts the server reasons for ignored columns in words, keeping unknown ones as sent', () => {
    expect(ignoredReason('not a known column; ignored (use --map to import it)')).toBe(es['import.ignored.unknown']);
    expect(ignoredReason('also means phone, already read from "Celular"; ignored')).toBe('Ese dato ya se lee de la columna «Celular».');
    expect(ignoredReason('a full name in one column cannot be split safely; use …')).toBe(es['import.ignored.fullName']);
    expect(ignoredReason('something new')).toBe('something new');
  });

  it('keeps offering columns already chosen and adds newly ignored ones, not map echoes', () => {
    const next = report([
      { column: 'Obs', reason: 'not a known column; ignored (use --map to import it)' },
      { column: 'socia', reason: '--map entry that matched no column' },
    ]);
    expect(mappableColumns(['Comunidad'], next)).toEqual(['Comunidad', 'Obs']);
    expect(mappableColumns(['Obs'], next)).toEqual(['Obs']);
  });

  it('describes the file as read', () => {
    expect(fileFacts(report([]).file)).toEqual([
      ['Formato', 'Texto separado (CSV)'], ['Codificación', 'Windows-1252 (Latin-1)'], ['Separador', 'Punto y coma (;)'], ['Filas con datos', '2'],
    ]);
    expect(fileFacts({ format: 'xlsx', encoding: null, separator: null, rows: 40 }).map(([label]) => label)).toEqual(['Formato', 'Filas con datos']);
  });
});

describe('import refusals in plain words', () => {
  type Detail = { path: string; message: string; code?: string; params?: Record<string, string | number> };
  const refusal = (status: number, code: string, message: string, details: Detail[] = []) =>
    new ApiError({ status, code, message, details });

  it('says what to do with an old Excel file, a PDF, another format or a file too big', () => {
    const why = 'it is an old Excel .xls file; save it as .xlsx or CSV (UTF-8)';
    expect(describeImportError(refusal(415, 'UNSUPPORTED_MEDIA_TYPE', `socias.xls cannot be imported: ${why}`, [{ path: 'file', code: 'file.xls', message: why }])))
      .toBe(es['import.error.xls']);
    expect(describeImportError(refusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'x.pdf cannot be imported', [{ path: 'file', code: 'file.pdf', message: 'it is a PDF' }])))
      .toBe(es['import.error.pdf']);
    expect(describeImportError(refusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'x.doc cannot be imported: only .csv, .tsv, .txt and .xlsx files can be imported')))
      .toBe(es['import.error.format']);
    expect(describeImportError(refusal(413, 'PAYLOAD_TOO_LARGE', 'Files up to 20 MB can be imported'))).toBe(es['import.error.tooLarge']);
    expect(checkFileSize(MAX_IMPORT_BYTES + 1)).toBe(es['import.error.tooLarge']);
    expect(checkFileSize(0)).toBe(es['import.error.empty']);
    expect(checkFileSize(1000)).toBeNull();
  });

  it('names the missing required columns in Spanish', () => {
    const err = refusal(400, 'VALIDATION_FAILED', 'The file cannot be imported: …', [
      { path: 'sex', code: 'file.missing_column', message: 'no column for sex (e.g. "Sexo", "Sex", "Género")' },
      { path: 'profile', code: 'file.missing_column', message: 'no column for profile (e.g. "Perfil")' },
    ]);
    expect(describeImportError(err)).toContain('obligatorias: Sexo, Perfil.');
  });

  it('points at the line of a quote never closed, an empty file and a forbidden organisation', () => {
    expect(describeImportError(refusal(400, 'VALIDATION_FAILED', 'x', [{ path: 'line 7', code: 'file.unclosed_quote', params: { line: 7 }, message: 'line 7: …' }]))).toContain('fila 7');
    expect(describeImportError(refusal(400, 'VALIDATION_FAILED', 'x', [{ path: 'file', code: 'file.empty', message: 'the file is empty' }]))).toBe(es['import.error.empty']);
    expect(describeImportError(refusal(403, 'FORBIDDEN', 'x'))).toBe(es['import.error.forbidden']);
    expect(describeImportError(refusal(0, 'NETWORK', 'Network error'))).toContain('conexión');
  });
});
