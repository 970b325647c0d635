/**
 * `pallay indicators --form FORM.xlsx --data RESPONSES.csv --spec SPEC.json [--by q1,q2]
 * [--format json|csv|table]`: survey indicators from files alone — no database, no server, no
 * data folder — so an analyst can run it anywhere and scripts can rely on it (the stable
 * contract of docs/indicators.md). Bad input of any kind (flags, unreadable files, a form or
 * spec that does not parse, a spec that does not fit the form, bad weights, no responses)
 * exits with code 2 and names the problem; values that do not fit the form are left blank,
 * counted and reported on stderr, as `pallay responses import` does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import readXlsxFile from 'read-excel-file/universal';
import type { IndicatorSpec } from '../../contracts/indicators.ts';
import { AppError, isAppError } from '../../domain/errors.ts';
import { toCsv, toExportTable } from '../../domain/registry/export-table.ts';
import { computeIndicators } from '../../domain/surveys/indicators/compute.ts';
import { responseRows } from '../../domain/surveys/indicators/response-rows.ts';
import { flattenReport, roundForReading } from '../../domain/surveys/indicators/report-table.ts';
import { checkIndicatorSpec, indicatorSpecError, parseIndicatorSpec } from '../../domain/surveys/indicators/spec-check.ts';
import type { FormDefinition } from '../../domain/surveys/form.ts';
import { decodeResponses } from '../../domain/surveys/responses/decode-responses.ts';
import { parseXlsForm } from '../../domain/surveys/xlsform/parse-xlsform.ts';
import { readTableFile } from '../../services/files/read-table.ts';
import { xlsxInput } from '../../services/files/xlsx.ts';
import { EXIT_USAGE, UsageError } from '../errors.ts';
import { parseFlags, printJson, printTable } from '../runtime.ts';

export const INDICATORS_USAGE = 'pallay indicators --form FORM.xlsx --data RESPONSES.csv --spec SPEC.json [--by q1,q2] [--format json|csv|table]';
const FORMATS = ['json', 'csv', 'table'] as const;

export async function indicatorsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, { form: { type: 'string' }, data: { type: 'string' }, spec: { type: 'string' }, by: { type: 'string' }, format: { type: 'string' } });
  if (positionals.length) throw new UsageError(`unexpected "${positionals[0]}"; expected: ${INDICATORS_USAGE}`);
  const missing = (['form', 'data', 'spec'] as const).filter((flag) => !values[flag]);
  if (missing.length) throw new UsageError(`${missing.map((f) => `--${f}`).join(', ')} missing; expected: ${INDICATORS_USAGE}`);
  const format = values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be json, csv or table; got "${format}"`);
  const by = (values.by ?? '').split(',').map((q) => q.trim()).filter((q) => q !== '');
  try {
    const report = await computeFromFiles({ formFile: values.form!, dataFile: values.data!, specFile: values.spec!, by });
    if (format === 'json') printJson(report);
    else if (format === 'csv') {
      const { header, records } = roundForReading(flattenReport(report));
      process.stdout.write(toCsv(toExportTable(records, header)));
    } else printTable(roundForReading(flattenReport(report)).records);
    return 0;
  } catch (err) {
    if (isAppError(err) && ['VALIDATION_FAILED', 'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE'].includes(err.code)) return reportBadInput(err);
    throw err;
  }
}

async function computeFromFiles(files: { formFile: string; dataFile: string; specFile: string; by: string[] }) {
  const spec = await readSpec(files.specFile);
  const form = await readForm(files.formFile);
  const table = await readTableFile(await readInput(files.dataFile, '--data'), path.basename(files.dataFile));
  const questionNames = new Set(form.questions.map((q) => q.name));
  const problems = checkIndicatorSpec({ form, spec, by: files.by, extraColumns: table.header.filter((c) => !questionNames.has(c)) });
  if (problems.length > 0) throw indicatorSpecError(problems);
  if (table.rows.length === 0) throw badInput(`${files.dataFile} has no responses (only a header, or no rows at all)`, 'data.empty');
  const decoded = decodeResponses(form, { header: table.header, rows: table.rows.map((row) => ({ line: row.line, values: table.header.map((h) => row.values[h] ?? '') })) });
  if (decoded.responses.length === 0) throw badInput(`${files.dataFile} has no responses that could be read`, 'data.empty');
  const wrongForm = decoded.problems.find((p) => p.code === 'no_question_columns');
  if (wrongForm) throw badInput(`${files.dataFile}: ${wrongForm.message}`, 'data.wrong_form');
  reportMisfits(files.dataFile, decoded.problems, decoded.counts.problems);
  const { rows, extraColumns } = responseRows(form, decoded.responses, { spec, by: files.by, header: table.header });
  return computeIndicators({ rows, spec, by: files.by, form, extraColumns, lineOf: (i) => decoded.responses[i]!.line });
}

async function readSpec(file: string): Promise<IndicatorSpec> {
  const text = new TextDecoder().decode(await readInput(file, '--spec'));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw badInput(`${file} is not valid JSON: ${(err as Error).message}`, 'spec.json');
  }
  const parsed = parseIndicatorSpec(json);
  if (!parsed.spec) throw new AppError('VALIDATION_FAILED', `${file} is not a valid indicator spec`, { details: parsed.problems });
  return parsed.spec;
}

async function readForm(file: string): Promise<FormDefinition> {
  const bytes = await readInput(file, '--form');
  let sheets;
  try {
    sheets = await readXlsxFile(xlsxInput(bytes));
  } catch (err) {
    throw badInput(`${file} cannot be read as an XLSForm (.xlsx): ${(err as Error).message}`, 'form.unreadable');
  }
  return parseXlsForm(Object.fromEntries(sheets.map(({ sheet, data }) => [sheet, data as unknown[][]])), path.basename(file));
}

async function readInput(file: string, flag: string): Promise<Uint8Array> {
  try {
    const bytes = new Uint8Array(await readFile(file));
    if (bytes.length === 0) throw badInput(`${flag} ${file} is empty`, 'file.empty');
    return bytes;
  } catch (err) {
    if (isAppError(err)) throw err;
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw badInput(`cannot read ${flag} ${file}: ${reason}`, 'file.unreadable');
  }
}

function reportMisfits(file: string, problems: readonly { line: number; column: string; message: string }[], total: number): void {
  if (total === 0) return;
  const first = problems.slice(0, 5).map((p) => `  - line ${p.line}, ${p.column}: ${p.message}\n`).join('');
  const more = total > 5 ? `  … and ${total - 5} more\n` : '';
  process.stderr.write(`pallay: ${total === 1 ? '1 problem' : `${total} problems`} in ${file} (a value that does not fit the form counts as not answered):\n${first}${more}`);
}

function badInput(message: string, code: string): AppError {
  return new AppError('VALIDATION_FAILED', message, { details: [{ path: 'file', code, message }] });
}

function reportBadInput(err: AppError): number {
  process.stderr.write(`pallay: ${err.message}\n`);
  const details = err.details.filter((d) => d.message !== err.message && !err.message.endsWith(d.message));
  for (const d of details) process.stderr.write(`  - ${d.message}\n`);
  return EXIT_USAGE;
}
