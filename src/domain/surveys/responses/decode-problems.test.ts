// Values that do not fit the form: each becomes null, is reported with its line and column and
// counted, and the rest of the row is kept.
import { describe, expect, it } from 'vitest';
import { decodeResponses } from './decode-responses.ts';
import { buildTestForm, csvTable } from './fixtures/test-form.ts';

const form = buildTestForm();

const badCsv = [
  '_uuid,profile/profile,profile/age,profile/grams,safety/ppe_enough,safety/risks,safety/last_training,comments',
  'x1,pallaquera,treinta,"1.234,5",quizás,mercury fire,31/02/2026,ok',
  'x2,ingeniera,33.5,3,yes,dust,2026-13-01,',
  'x1,pallaquera,40,1,no,,,again',
  'x3,woman_miner,40,,no,,46086,',
].join('\n');

describe('decodeResponses with values that do not fit', () => {
  const { responses, problems, counts } = decodeResponses(form, csvTable(badCsv));

  it('reports each bad cell with its line, column and a rule code', () => {
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 'profile/age', 'not_a_number'],
      [2, 'profile/grams', 'not_a_number'],
      [2, 'safety/ppe_enough', 'unknown_choice'],
      [2, 'safety/risks', 'unknown_choice'],
      [2, 'safety/last_training', 'not_a_date'],
      [3, 'profile/profile', 'unknown_choice'],
      [3, 'profile/age', 'not_an_integer'],
      [3, 'safety/last_training', 'not_a_date'],
      [4, '_uuid', 'duplicate_response'],
    ]);
    expect(problems[3]?.message).toBe('"fire" in "mercury fire" is not a choice of list "risks"');
  });

  it('keeps the rest of the row, with null where the value did not fit', () => {
    expect(responses[0]?.values).toEqual({ profile: 'pallaquera', age: null, grams: null, ppe_enough: null, risks: null, last_training: null, comments: 'ok' });
    expect(responses[1]?.values).toMatchObject({ profile: null, age: null, grams: 3, ppe_enough: 'yes', risks: ['dust'] });
  });

  it('drops a second row with an id already seen, and reads an Excel date serial', () => {
    expect(responses.map((r) => r.id)).toEqual(['x1', 'x2', 'x3']);
    expect(responses[2]?.values.last_training).toBe('2026-03-05');
  });

  it('counts rows, responses and problems', () => {
    expect(counts).toEqual({ rows: 4, responses: 3, problems: 9, rowsWithProblems: 3, duplicateRows: 1, idsFromFile: 3, idsFromHash: 0 });
  });

  it('lists at most maxProblems problems but counts them all', () => {
    const capped = decodeResponses(form, csvTable(badCsv), { maxProblems: 2 });
    expect(capped.problems).toHaveLength(2);
    expect(capped.counts.problems).toBe(9);
  });

  it('reports a file with no question columns at all (the wrong form?)', () => {
    const { problems: wrongForm } = decodeResponses(form, csvTable('nombre,dni\nRosa,40123456'));
    expect(wrongForm).toEqual([{ line: 1, column: '', code: 'no_question_columns', message: 'no column of the file is a question of form "rnm_survey"; is it the right form?' }]);
  });

  it('reports a 0/1 column holding something else', () => {
    const { problems: flagProblems, responses: flagRows } = decodeResponses(form, csvTable('_uuid,risks/mercury,risks/dust\ny1,x,1'));
    expect(flagProblems.map((p) => [p.line, p.column, p.code])).toEqual([[2, 'risks/mercury', 'not_a_flag']]);
    expect(flagRows[0]?.values.risks).toEqual(['dust']);
  });
});
