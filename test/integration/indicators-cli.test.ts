/**
 * `pallay indicators` as scripts use it (the stable contract of docs/indicators.md): real child
 * processes on a small XLSForm built here with write-excel-file and a KoboToolbox-style CSV.
 * The command opens no database, so this runs once (not again on PostgreSQL) and checks that
 * no data folder is created.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/pallay.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-indicators-cli-'));
const dataDir = path.join(dir, 'never-created');
const file = (name: string) => path.join(dir, name);

function pallay(args: string[]) {
  const env = { ...process.env, PALLAY_DATA_DIR: dataDir, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', LOG_LEVEL: 'silent' };
  const result = spawnSync(process.execPath, [BIN, 'indicators', ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const sheet = (rows: string[][]): SheetData => rows.map((row) => row.map((value) => (value === '' ? null : { value })));

async function writeForm(): Promise<void> {
  const survey = sheet([
    ['type', 'name', 'label'],
    ['begin_group', 'about', 'About you'],
    ['select_one profiles', 'profile', 'Profile'],
    ['select_one regions', 'region', 'Region'],
    ['integer', 'age', 'Age'],
    ['end_group', '', ''],
    ['select_one yes_no', 'ppe_enough', 'Do you have enough protective equipment?'],
    ['decimal', 'w', 'Weight'],
  ]);
  const choices = sheet([
    ['list_name', 'name', 'label'],
    ['profiles', 'pallaquera', 'Pallaquera'], ['profiles', 'woman_miner', 'Woman miner'], ['profiles', 'man_miner', 'Man miner'],
    ['regions', 'Puno', 'Puno'], ['regions', 'Arequipa', 'Arequipa'], ['regions', 'Ayacucho', 'Ayacucho'],
    ['yes_no', 'yes', 'Yes'], ['yes_no', 'no', 'No'],
  ]);
  const settings = sheet([['form_id', 'form_title'], ['gender_gaps', 'Gender gaps']]);
  await writeXlsxFile([{ sheet: 'survey', data: survey }, { sheet: 'choices', data: choices }, { sheet: 'settings', data: settings }]).toFile(file('form.xlsx'));
}

/** 20 pallaqueras in Puno (12 with enough PPE), 6 women miners in Arequipa (2 yes), 2 men in Ayacucho (1 yes). */
function responsesCsv(weight: (i: number) => string = () => '1'): string {
  const rows = [
    ...Array.from({ length: 20 }, (_, i) => ['pallaquera', 'Puno', i < 12 ? 'yes' : 'no']),
    ...Array.from({ length: 6 }, (_, i) => ['woman_miner', 'Arequipa', i < 2 ? 'yes' : 'no']),
    ...Array.from({ length: 2 }, (_, i) => ['man_miner', 'Ayacucho', i < 1 ? 'yes' : 'no']),
  ];
  const lines = rows.map(([profile, region, ppe], i) => [`uuid-${i}`, profile, region, String(20 + i), ppe, weight(i)].join(','));
  return ['_uuid,about/profile,about/region,about/age,ppe_enough,w', ...lines].join('\n') + '\n';
}

const SPEC = {
  suppress_below: 5,
  indicators: [
    { id: 'ppe_yes', label: 'Enough PPE', type: 'proportion', question: 'ppe_enough', values: ['yes'], denominator: 'all' },
    { id: 'ppe_pallaqueras', type: 'proportion', question: 'ppe_enough', values: ['yes'], filter: { question: 'profile', values: ['pallaquera'] }, weight: 'w' },
    { id: 'age', type: 'mean', question: 'age' },
  ],
};

const writeSpec = (name: string, spec: unknown) => fs.writeFileSync(file(name), typeof spec === 'string' ? spec : JSON.stringify(spec));
const run = (extra: string[] = [], data = 'responses.csv', spec = 'spec.json') => pallay(['--form', file('form.xlsx'), '--data', file(data), '--spec', file(spec), ...extra]);

describe.skipIf(Boolean(process.env.DATABASE_URL))('pallay indicators on files alone', () => {
  beforeAll(async () => {
    await writeForm();
    fs.writeFileSync(file('responses.csv'), responsesCsv());
    writeSpec('spec.json', SPEC);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON contract with one group "by": {} and opens no database', () => {
    const result = run(['--format', 'json']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(Object.keys(report)).toEqual(['indicators']);
    expect(report.indicators.map((i: { id: string; label: string }) => [i.id, i.label])).toEqual([['ppe_yes', 'Enough PPE'], ['ppe_pallaqueras', 'Do you have enough protective equipment?'], ['age', 'Age']]);
    const [group] = report.indicators[0].groups;
    expect(Object.keys(group)).toEqual(['by', 'n', 'numerator', 'value', 'ci95', 'suppressed']);
    expect(group).toMatchObject({ by: {}, n: 28, numerator: 15, suppressed: false });
    expect(group.value).toBeCloseTo(15 / 28, 12);
    expect(group.ci95[0]).toBeCloseTo(0.3581, 4);
    expect(group.ci95[1]).toBeCloseTo(0.7047, 4);
    expect(report.indicators[1].groups[0]).toMatchObject({ n: 20, numerator: 12, value: 0.6 });
    expect(report.indicators[2].groups[0]).toMatchObject({ n: 28, numerator: null, value: 33.5 });
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('disaggregates with --by, suppressing small groups and their complement', () => {
    const report = JSON.parse(run(['--by', 'profile,region', '--format', 'json']).out);
    expect(report.indicators[0].groups).toEqual([
      { by: { profile: 'pallaquera' }, n: 20, numerator: 12, value: 0.6, ci95: [expect.any(Number), expect.any(Number)], suppressed: false },
      { by: { profile: 'woman_miner' }, n: 6, numerator: null, value: null, ci95: null, suppressed: true },
      { by: { profile: 'man_miner' }, n: 2, numerator: null, value: null, ci95: null, suppressed: true },
      { by: { region: 'Puno' }, n: 20, numerator: 12, value: 0.6, ci95: [expect.any(Number), expect.any(Number)], suppressed: false },
      { by: { region: 'Arequipa' }, n: 6, numerator: null, value: null, ci95: null, suppressed: true },
      { by: { region: 'Ayacucho' }, n: 2, numerator: null, value: null, ci95: null, suppressed: true },
    ]);
  });

  it('writes CSV and a readable table', () => {
    const csv = run(['--by', 'region', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const lines = csv.out.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('indicator,label,region,n,numerator,value,ci95_low,ci95_high,suppressed');
    expect(lines[1]).toMatch(/^ppe_yes,Enough PPE,Puno,20,12,0\.6,0\.38\d*,0\.78\d*,false$/);
    const table = run();
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^indicator\s+label\s+n\s+numerator\s+value/);
  }, 60_000);

  it('counts values that do not fit the form as not answered, and takes a weight from a column that is not a question', () => {
    const csv = responsesCsv().replace('uuid-0,pallaquera,Puno,20,yes,1', 'uuid-0,pallaquera,Puno,20,maybe,1').replace('_uuid,', 'weight_col,_uuid,').replace(/\n(uuid-\d+)/g, '\n2,$1');
    fs.writeFileSync(file('misfit.csv'), csv);
    writeSpec('column-weight.json', { indicators: [{ id: 'ppe', type: 'proportion', question: 'ppe_enough', values: ['yes'], weight: 'weight_col' }] });
    const result = run(['--format', 'json'], 'misfit.csv', 'column-weight.json');
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/1 problem in .*misfit\.csv \(a value that does not fit the form counts as not answered\):\n {2}- line 2, ppe_enough: /);
    // Weights of 2 everywhere: the weighted numerator doubles, the share is unchanged.
    expect(JSON.parse(result.out).indicators[0].groups[0]).toMatchObject({ n: 28, numerator: 28, value: 14 / 28 });
  });

  it('exits with 2 and names the problem for a spec that does not fit the form', () => {
    writeSpec('missing-question.json', { indicators: [{ id: 'ppe_yes', type: 'proportion', question: 'ppe_enuf', values: ['yes'] }] });
    writeSpec('bad-choice.json', { indicators: [{ id: 'ppe_yes', type: 'proportion', question: 'ppe_enough', values: ['si'] }] });
    writeSpec('bad-type.json', { indicators: [{ id: 'ppe_yes', type: 'ratio', question: 'ppe_enough' }] });
    writeSpec('not-json.json', '{"indicators": [');
    for (const [spec, message] of [
      ['missing-question.json', /indicator "ppe_yes", question: "ppe_enuf" is not a question of form gender_gaps/],
      ['bad-choice.json', /indicator "ppe_yes", values: "si" is not a choice of list yes_no \(yes, no\)/],
      ['bad-type.json', /indicator "ppe_yes", type: /],
      ['not-json.json', /not-json\.json is not valid JSON/],
    ] as const) {
      const result = run(['--format', 'json'], 'responses.csv', spec);
      expect(result.code, spec).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.out).toBe('');
    }
    expect(run(['--by', 'province']).err).toMatch(/by: "province" is not a question/);
  }, 120_000);

  it('exits with 2 for negative or blank weights, an empty data file and files it cannot read', () => {
    fs.writeFileSync(file('negative.csv'), responsesCsv((i) => (i === 3 ? '-2' : '1')));
    fs.writeFileSync(file('blank.csv'), responsesCsv((i) => (i === 5 ? '' : '1')));
    fs.writeFileSync(file('empty.csv'), '');
    fs.writeFileSync(file('header-only.csv'), '_uuid,about/profile,ppe_enough,w\n');
    for (const [data, message] of [
      ['negative.csv', /indicator "ppe_pallaqueras", weight: column "w" needs a number of 0 or more on every row; row 5 is -2/],
      ['blank.csv', /column "w" needs a number of 0 or more on every row; row 7 is blank/],
      ['empty.csv', /--data .*empty\.csv is empty/],
      ['header-only.csv', /header-only\.csv has no responses/],
      ['nowhere.csv', /cannot read --data .*nowhere\.csv: no such file/],
    ] as const) {
      const result = run(['--format', 'json'], data);
      expect(result.code, data).toBe(2);
      expect(result.err).toMatch(message);
    }
    expect(pallay(['--form', file('responses.csv'), '--data', file('responses.csv'), '--spec', file('spec.json')]).code).toBe(2);
    expect(pallay(['--data', file('responses.csv')]).err).toMatch(/--form, --spec missing/);
    fs.writeFileSync(file('other-survey.csv'), 'name,village\nAna,Ananea\n');
    const otherSurvey = run([], 'other-survey.csv');
    expect(otherSurvey.code).toBe(2);
    expect(otherSurvey.err).toMatch(/no column of the file is a question of form "gender_gaps"/);
  }, 120_000);
});
