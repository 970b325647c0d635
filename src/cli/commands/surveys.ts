/**
 * `pallay forms import FILE.xlsx [--org UUID] | list` and `pallay responses import --form ID
 * FILE`: load a questionnaire (XLSForm) and the responses exported from KoboToolbox or ODK
 * Central. A re-import of the same form updates it; of the same responses, adds nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { importForm, listForms } from '../../services/surveys/forms.service.ts';
import { importResponses } from '../../services/surveys/responses.service.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, printTable, withContext } from '../runtime.ts';

export const FORMS_USAGE = 'pallay forms import FILE.xlsx [--org UUID] [--format json] | list [--format json]';
export const RESPONSES_USAGE = 'pallay responses import --form ID FILE [--format json]';
const MAX_FILE_BYTES = 200 * 1024 * 1024;

function readInput(file: string | undefined, usage: string): { bytes: Uint8Array; fileName: string } {
  if (!file) throw new UsageError(`expected: ${usage}`);
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new UsageError(`${source}: no such file`);
  if (fs.statSync(source).size > MAX_FILE_BYTES) throw new UsageError(`${source} is larger than 200 MB; split it`);
  return { bytes: new Uint8Array(fs.readFileSync(source)), fileName: path.basename(source) };
}

export async function formsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') {
    const { values, positionals } = parseFlags(rest, { org: { type: 'string' }, format: { type: 'string' } });
    const input = readInput(positionals[0], FORMS_USAGE);
    const { form, created } = await withContext('pallay forms import', (ctx) => importForm(ctx.services, CLI_CONTEXT, { ...input, organisationId: values.org ?? null }));
    if (values.format === 'json') printJson({ ...form, created });
    else process.stdout.write(`${created ? 'Imported' : 'Updated'} form "${form.title}" (${form.form_id}${form.version ? ` v${form.version}` : ''}): ${form.questions} questions. Its id: ${form.id}\n`);
    return 0;
  }
  if (sub === 'list') {
    const { values } = parseFlags(rest, { format: { type: 'string' } });
    const forms = await withContext('pallay forms list', (ctx) => listForms(ctx.services, CLI_CONTEXT));
    if (values.format === 'json') printJson(forms);
    else printTable(forms.map((f) => ({ id: f.id, form_id: f.form_id, version: f.version, title: f.title, questions: f.questions, responses: f.responses })));
    return 0;
  }
  throw new UsageError(`expected: ${FORMS_USAGE}`);
}

export async function responsesCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'import') throw new UsageError(`expected: ${RESPONSES_USAGE}`);
  const { values, positionals } = parseFlags(rest, { form: { type: 'string' }, format: { type: 'string' } });
  if (!values.form) throw new UsageError('responses import needs --form ID (see pallay forms list)');
  const input = readInput(positionals[0], RESPONSES_USAGE);
  const report = await withContext('pallay responses import', (ctx) => importResponses(ctx.services, CLI_CONTEXT, { formId: values.form!, ...input }));
  if (values.format === 'json') {
    printJson(report);
    return 0;
  }
  for (const p of report.problem_list) process.stderr.write(`line ${p.line}, column ${p.column}: ${p.message}\n`);
  if (report.problems > report.problem_list.length) process.stderr.write(`… and ${report.problems - report.problem_list.length} more problems\n`);
  process.stdout.write(`Read ${report.rows} rows: ${report.created} responses imported, ${report.already_imported} already imported, ` +
    `${report.duplicate_rows} duplicate rows skipped; ${report.problems} values did not fit the form (in ${report.rows_with_problems} rows) and were left empty.\n`);
  return 0;
}
