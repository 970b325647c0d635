// KoboToolbox exports: `group/question` headers, _uuid and friends, select_multiple as one
// column, as 0/1 columns or both, and "labels" exports in either language.
import { describe, expect, it } from 'vitest';
import { decodeResponses } from './decode-responses.ts';
import { buildTestForm, csvTable } from './fixtures/test-form.ts';

const form = buildTestForm();

const koboCsv = [
  'start;end;profile/profile;profile/age;profile/grams;safety/ppe_enough;safety/risks;safety/risks/mercury;safety/risks/dust;safety/risks/rock_fall;safety/last_training;comments;_id;_uuid;_submission_time;_validation_status;_index',
  '2026-06-01T09:00:00.000-05:00;2026-06-01T09:20:00.000-05:00;pallaquera;41;2,5;no;mercury rock_fall;1;0;1;2026-05-10;Sin contrato;101;6f1c2a5e-0001;2026-06-01T14:30:00;;1',
  '2026-06-01T10:00:00.000-05:00;2026-06-01T10:15:00.000-05:00;woman_miner;35;;yes;;0;0;0;15/04/2026;;102;6f1c2a5e-0002;2026-06-01T15:00:00;;2',
].join('\n');

describe('decodeResponses on KoboToolbox exports', () => {
  it('reads group paths, the single select_multiple column, decimal commas, dates and metadata', () => {
    const { responses, problems, counts } = decodeResponses(form, csvTable(koboCsv, ';'));
    expect(problems).toEqual([]);
    expect(counts).toMatchObject({ rows: 2, responses: 2, problems: 0, idsFromFile: 2, idsFromHash: 0 });
    expect(responses[0]).toEqual({
      id: '6f1c2a5e-0001',
      line: 2,
      values: {
        start: '2026-06-01T09:00:00.000-05:00',
        end: '2026-06-01T09:20:00.000-05:00',
        profile: 'pallaquera',
        age: 41,
        grams: 2.5,
        ppe_enough: 'no',
        risks: ['mercury', 'rock_fall'],
        last_training: '2026-05-10',
        comments: 'Sin contrato',
      },
      meta: { _id: '101', _uuid: '6f1c2a5e-0001', _submission_time: '2026-06-01T14:30:00', _index: '1' },
    });
    expect(responses[1]?.values).toMatchObject({ grams: null, risks: null, last_training: '2026-04-15', comments: null });
  });

  it('skips the 0/1 columns as redundant when the single column is there', () => {
    const { columns } = decodeResponses(form, csvTable(koboCsv, ';'));
    expect(columns.roles.filter((r) => r.role === 'redundant').map((r) => r.header)).toEqual(['safety/risks/mercury', 'safety/risks/dust', 'safety/risks/rock_fall']);
    expect(columns.roles.find((r) => r.header === '_uuid')?.role).toBe('id');
    expect(columns.missingQuestions).toEqual([]);
  });

  it('reads a select_multiple exported only as 0/1 (or True/False) columns', () => {
    const csv = [
      '_uuid,profile/profile,safety/risks/mercury,safety/risks/dust,safety/risks/rock_fall',
      'a1,pallaquera,1,0,1',
      'a2,pallaquera,0,0,0',
      'a3,pallaquera,,,',
      'a4,pallaquera,True,False,False',
    ].join('\n');
    const { responses, problems } = decodeResponses(form, csvTable(csv));
    expect(problems).toEqual([]);
    expect(responses.map((r) => r.values.risks)).toEqual([['mercury', 'rock_fall'], [], null, ['mercury']]);
  });

  it('reads bare names (groups not in headers) and 0/1 columns written q.choice or q_choice', () => {
    const csv = ['_uuid,profile,age,risks.mercury,risks.dust,risks_rock_fall', 'b1,man_miner,50,1,,1'].join('\n');
    const { responses, columns } = decodeResponses(form, csvTable(csv));
    expect(responses[0]?.values).toEqual({ profile: 'man_miner', age: 50, risks: ['mercury', 'rock_fall'] });
    expect(columns.missingQuestions).toEqual(['start', 'end', 'grams', 'ppe_enough', 'last_training', 'comments']);
  });

  it('maps a labels export back to names: headers and answers in Spanish or English, any case or accents', () => {
    const csv = [
      '_uuid,Perfil,Edad,¿Tiene EPP suficiente?,Riesgos,Riesgos/Polvo,Última capacitación',
      'c1,Mujer minera,29,Si,Mercurio Caída de rocas,0,2026-01-20',
      'c2,ORE SELECTOR,33,yes,"Dust, Rock fall",1,',
    ].join('\n');
    const { responses, problems } = decodeResponses(form, csvTable(csv));
    expect(problems).toEqual([]);
    expect(responses.map((r) => r.values)).toEqual([
      { profile: 'woman_miner', age: 29, ppe_enough: 'yes', risks: ['mercury', 'rock_fall'], last_training: '2026-01-20' },
      { profile: 'pallaquera', age: 33, ppe_enough: 'yes', risks: ['dust', 'rock_fall'], last_training: null },
    ]);
  });

  it('keeps repeat columns of a flat export as metadata, not answers', () => {
    const csv = ['_uuid,profile/profile,children[1]/child_age,children[2]/child_age,child_age', 'd1,pallaquera,4,7,9'].join('\n');
    const { responses, columns } = decodeResponses(form, csvTable(csv));
    expect(responses[0]?.values).toEqual({ profile: 'pallaquera' });
    expect(responses[0]?.meta).toMatchObject({ 'children[1]/child_age': '4', 'children[2]/child_age': '7', child_age: '9' });
    expect(columns.roles.filter((r) => r.role === 'repeat').map((r) => r.header)).toEqual(['children[1]/child_age', 'children[2]/child_age', 'child_age']);
  });
});
