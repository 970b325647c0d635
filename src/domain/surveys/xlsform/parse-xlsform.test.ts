// Small hand-made forms: what each column means, and one test per way a form can be malformed.
import { describe, expect, it } from 'vitest';
import { FormError, type FormProblem } from './form-error.ts';
import { parseXlsForm } from './parse-xlsform.ts';

const choices = [
  ['list_name', 'name', 'label::Español (es)', 'label::English (en)'],
  ['yes_no', 'yes', 'Sí', 'Yes'],
  ['yes_no', 'no', 'No', 'No'],
  ['work', 'selecting', 'Pallaqueo', 'Ore selecting'],
  ['work', 'mining', 'Minería', 'Mining'],
];

function problemsOf(sheets: Record<string, unknown[][]>): Pick<FormProblem, 'sheet' | 'row' | 'column' | 'code'>[] {
  try {
    parseXlsForm(sheets, 'bad.xlsx');
  } catch (error) {
    if (!(error instanceof FormError)) throw error;
    return error.problems.map(({ sheet, row, column, code }) => ({ sheet, row, column, code }));
  }
  throw new Error('the form was accepted');
}

describe('parseXlsForm', () => {
  it('reads types, groups, repeats, labels per language, required and settings', () => {
    const form = parseXlsForm({
      Survey: [
        ['Type', 'Name', 'Label::Español (es)', 'label::English (en)', 'Required'],
        ['begin_group', 'profile', 'Perfil', 'Profile'],
        ['select_one yes_no', 'ppe_enough', '¿EPP suficiente?', 'Enough PPE?', 'TRUE()'],
        ['select_multiple work', 'work', 'Trabajo', 'Work', 'yes'],
        ['end_group'],
        [null],
        ['begin repeat', 'children', 'Hijos', 'Children'],
        ['integer', 'child_age', 'Edad', 'Age', true],
        ['end repeat'],
        ['decimal', 'grams', 'Gramos', 'Grams', 'no'],
        ['date', 'visit', 'Fecha', 'Date', 1],
        ['calculate', 'double_grams', null, null],
        ['geopoint', 'where', 'Dónde', 'Where'],
      ],
      choices,
      settings: [['form_id', 'form_title', 'version', 'default_language'], ['rnm_2026', 'Encuesta RNM', 2026061501, 'Español (es)']],
    }, 'encuesta.xlsx');
    expect(form).toMatchObject({ formId: 'rnm_2026', title: 'Encuesta RNM', version: '2026061501', defaultLanguage: 'es', languages: ['es', 'en'] });
    expect(form.questions.map((q) => [q.name, q.type, q.listName, q.path.join('/'), q.inRepeat, q.required, q.row])).toEqual([
      ['ppe_enough', 'select_one', 'yes_no', 'profile', false, true, 3],
      ['work', 'select_multiple', 'work', 'profile', false, true, 4],
      ['child_age', 'integer', null, 'children', true, true, 8],
      ['grams', 'decimal', null, '', false, false, 10],
      ['visit', 'date', null, '', false, true, 11],
      ['double_grams', 'calculate', null, '', false, false, 12],
      ['where', 'other', null, '', false, false, 13],
    ]);
    expect(form.questions[0]?.labels).toEqual({ es: '¿EPP suficiente?', en: 'Enough PPE?' });
    expect(form.choiceLists.work).toEqual([
      { name: 'selecting', labels: { es: 'Pallaqueo', en: 'Ore selecting' } },
      { name: 'mining', labels: { es: 'Minería', en: 'Mining' } },
    ]);
  });

  it('names the form after the file when settings has no form_id', () => {
    const form = parseXlsForm({ survey: [['type', 'name', 'label'], ['text', 'q', 'Q']] }, 'data/Encuesta 2026.xlsx');
    expect(form).toMatchObject({ formId: 'Encuesta 2026', title: 'Encuesta 2026', version: null, defaultLanguage: null, languages: ['default'] });
  });

  it('adds an other choice and a NAME_other text question for or_other', () => {
    const form = parseXlsForm({ survey: [['type', 'name', 'label'], ['select_one yes_no or_other', 'ppe', 'PPE']], choices }, 'f.xlsx');
    expect(form.questions.map((q) => [q.name, q.type])).toEqual([['ppe', 'select_one'], ['ppe_other', 'text']]);
    expect(form.choiceLists.yes_no?.map((c) => c.name)).toEqual(['yes', 'no', 'other']);
  });

  it('refuses a workbook without a survey sheet', () => {
    expect(problemsOf({ choices })).toEqual([{ sheet: 'survey', row: 1, column: 'type', code: 'missing_sheet' }]);
  });

  it('refuses a survey sheet without type or name columns', () => {
    expect(problemsOf({ survey: [['kind', 'label'], ['text', 'Q']] })).toEqual([
      { sheet: 'survey', row: 1, column: 'type', code: 'missing_column' },
      { sheet: 'survey', row: 1, column: 'name', code: 'missing_column' },
    ]);
  });

  it('refuses duplicate and invalid names, rows without a type or a name', () => {
    const survey = [['type', 'name', 'label'], ['text', 'age', 'A'], ['integer', 'age', 'B'], ['text', 'my name', 'C'], [null, 'orphan', 'D'], ['text', null, 'E'], ['text', '1st', 'F']];
    expect(problemsOf({ survey })).toEqual([
      { sheet: 'survey', row: 3, column: 'name', code: 'duplicate_name' },
      { sheet: 'survey', row: 4, column: 'name', code: 'invalid_name' },
      { sheet: 'survey', row: 5, column: 'type', code: 'missing_type' },
      { sheet: 'survey', row: 6, column: 'name', code: 'missing_name' },
      { sheet: 'survey', row: 7, column: 'name', code: 'invalid_name' },
    ]);
  });

  it('refuses a duplicate name even in another group, since indicators name questions bare', () => {
    const survey = [['type', 'name'], ['begin group', 'a'], ['text', 'q'], ['end group'], ['begin group', 'b'], ['text', 'q'], ['end group']];
    expect(problemsOf({ survey })).toEqual([{ sheet: 'survey', row: 6, column: 'name', code: 'duplicate_name' }]);
  });

  it('refuses unknown choice lists, selects without a list and unknown types', () => {
    const survey = [['type', 'name'], ['select_one colours', 'colour'], ['select_multiple', 'work'], ['integr', 'age'], ['select_one yes_no', 'ok']];
    expect(problemsOf({ survey, choices })).toEqual([
      { sheet: 'survey', row: 3, column: 'type', code: 'select_without_list' },
      { sheet: 'survey', row: 4, column: 'type', code: 'unknown_type' },
      { sheet: 'survey', row: 2, column: 'type', code: 'unknown_choice_list' },
    ]);
  });

  it('refuses unbalanced begin and end rows', () => {
    const survey = [['type', 'name'], ['end group'], ['begin repeat', 'r'], ['text', 'q'], ['end group'], ['begin group', 'g'], ['text', 'p']];
    expect(problemsOf({ survey })).toEqual([
      { sheet: 'survey', row: 2, column: 'type', code: 'unmatched_end' },
      { sheet: 'survey', row: 5, column: 'type', code: 'mismatched_end' },
      { sheet: 'survey', row: 6, column: 'type', code: 'unclosed_block' },
    ]);
  });

  it('refuses malformed choices: no list, no name, duplicate names, a space in a select_multiple choice', () => {
    const survey = [['type', 'name'], ['select_multiple work', 'work']];
    const badChoices = [['list_name', 'name', 'label'], [null, 'x', 'X'], ['work', null, 'Y'], ['work', 'a', 'A'], ['work', 'a', 'A2'], ['work', 'ore selecting', 'S']];
    expect(problemsOf({ survey, choices: badChoices })).toEqual([
      { sheet: 'choices', row: 2, column: 'list_name', code: 'choice_without_list' },
      { sheet: 'choices', row: 3, column: 'name', code: 'choice_without_name' },
      { sheet: 'choices', row: 5, column: 'name', code: 'duplicate_choice' },
      { sheet: 'choices', row: 6, column: 'name', code: 'choice_name_with_space' },
    ]);
  });

  it('says where the problem is in its message and as an AppError detail', () => {
    try {
      parseXlsForm({ survey: [['type', 'name'], ['text', 'a b']] }, 'bad.xlsx');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FormError);
      const formError = error as FormError;
      expect(formError.code).toBe('VALIDATION_FAILED');
      expect(formError.message).toMatch(/^bad\.xlsx is not a form Pallay can read: survey sheet, row 2, column name: "a b" is not a valid name/);
      expect(formError.details[0]).toMatchObject({ path: 'survey[2].name', code: 'xlsform.invalid_name', params: { sheet: 'survey', row: 2, column: 'name' } });
    }
  });
});
