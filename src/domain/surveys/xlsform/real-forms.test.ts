// The six real forms from pyxform's test suite (fixtures/README.md): each is read whole, or
// refused with the sheet, row and column of the one feature Pallay does not support.
import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../form.ts';
import { FormError } from './form-error.ts';
import { parseXlsForm } from './parse-xlsform.ts';

async function readFixture(fileName: string): Promise<Record<string, unknown[][]>> {
  const sheets = await readXlsxFile(await readFile(new URL(`./fixtures/${fileName}`, import.meta.url)));
  return Object.fromEntries(sheets.map(({ sheet, data }) => [sheet, data as unknown[][]]));
}

async function parseFixture(fileName: string): Promise<FormDefinition> {
  return parseXlsForm(await readFixture(fileName), fileName);
}

const question = (form: FormDefinition, name: string) => form.questions.find((q) => q.name === name);

describe('real XLSForms', () => {
  it('reads the spec test form: groups inside a repeat, preloads as other, boolean and numeric names', async () => {
    const form = await parseFixture('xlsform_spec_test.xlsx');
    expect(form).toMatchObject({ formId: 'Spec test', title: 'Spec test', version: null, languages: ['english', 'chinese', 'default'] });
    expect(question(form, 'select_multiple_test')).toMatchObject({ type: 'select_multiple', listName: 'yes_no', path: ['everything', 'repeat_test', 'group_test'], inRepeat: true, row: 18 });
    expect(question(form, 'required_text')).toMatchObject({ required: true, labels: { english: 'required_text' } });
    expect(question(form, 'list-nolabel-test')?.required).toBe(true);
    expect(question(form, 'a_integer')).toMatchObject({ type: 'integer', path: ['everything'], inRepeat: false });
    expect(question(form, 'time_test')).toMatchObject({ type: 'other', rawType: 'time' });
    expect(question(form, 'uri_deviceid')).toMatchObject({ type: 'other', rawType: 'uri:deviceid' });
    expect(question(form, 'false')?.type).toBe('text');
    expect(question(form, 'number_label')?.labels).toEqual({ english: '1', chinese: '-' });
    expect(question(form, 'launch')?.path).toEqual([]);
    expect(form.choiceLists.yes_no).toEqual([
      { name: 'yes', labels: { default: 'Yes', chinese: '是' } },
      { name: 'no', labels: { default: 'No', chinese: '没有' } },
    ]);
  });

  it('reads the UCL biomass form: two languages, nested repeats, choices from files as other', async () => {
    const form = await parseFixture('UCL_Biomass_Plot_Form.xlsx');
    expect(form).toMatchObject({ formId: 'UCL_Biomass_Plot_Form', version: '2022-04-11T16:26:28.970Z', defaultLanguage: 'sw', languages: ['sw', 'en'] });
    expect(question(form, 'leader_name')).toMatchObject({ type: 'select_one', listName: 'enumerator', required: true, labels: { sw: 'Jina Lako', en: 'Your Name' } });
    expect(question(form, 'district_id')).toMatchObject({ type: 'other', rawType: 'select_one_from_file  UCL_districts.csv', listName: null });
    expect(question(form, 'cbh')).toMatchObject({ path: ['trees', 'stems'], inRepeat: true });
    expect(question(form, 'stem_height')?.required).toBe(false);
    expect(question(form, 'disturbance')).toMatchObject({ type: 'select_multiple', path: [], inRepeat: false });
    expect(form.choiceLists.plant_phase?.map((c) => c.name)).toEqual(['2022', '2023', '2024', '2025', '2026', '2027', '2028']);
    expect(form.questions).toHaveLength(65);
  });

  it('reads upper-case sheets and headers; external and osm selects are other', async () => {
    const form = await parseFixture('case_insensitivity.xlsx');
    expect(form).toMatchObject({ formId: 'YesNo', title: 'Yes or no', defaultLanguage: 'en', languages: ['en'] });
    expect(form.questions.map((q) => [q.name, q.type])).toEqual([['q1', 'select_one'], ['q2', 'other'], ['q3', 'other']]);
    expect(form.choiceLists.c1?.map((c) => c.labels.en)).toEqual(['l1-c', 'l2-c']);
  });

  it('reads label:English (en) with one colon and the phone number type', async () => {
    const form = await parseFixture('group.xlsx');
    expect(form.formId).toBe('group');
    expect(form.languages).toEqual(['en']);
    expect(form.questions.map((q) => [q.name, q.type, q.path.join('/')])).toEqual([
      ['family_name', 'text', ''],
      ['phone_number', 'other', 'father'],
      ['age', 'integer', 'father'],
    ]);
  });

  it('reads cascading selects whose list repeats a choice name under allow_choice_duplicates', async () => {
    const form = await parseFixture('choice_filter_test.xlsx');
    expect(form.formId).toBe('cascading_selects1');
    expect(form.choiceLists.counties?.map((c) => c.name)).toEqual(['king', 'pierce', 'cameron']);
    expect(form.questions.map((q) => q.listName)).toEqual(['states', 'counties', 'cities']);
  });

  it('refuses the legacy loop with the sheet, row and column', async () => {
    const sheets = await readFixture('loop.xlsx');
    const error = (() => {
      try {
        parseXlsForm(sheets, 'loop.xlsx');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(FormError);
    const problems = (error as FormError).problems;
    expect(problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([
      ['survey', 3, 'type', 'unsupported_type'],
      ['survey', 5, 'type', 'unsupported_type'],
    ]);
    expect((error as FormError).message).toMatch(/survey sheet, row 3, column type: "begin loop over toilet_type": loops/);
  });
});
