/** What the dashboard offers for a survey: study-linked proportions first, groups, the region question, departments. */
import { describe, expect, it } from 'vitest';
import { departmentOf, normalisePlace, regionQuestion, surveyDisaggregations, surveyIndicators, type Form } from './indicator-options.ts';

const q = (name: string, type: string, choices: [string, string][], extra: Partial<Form['questions'][number]> = {}): Form['questions'][number] => ({
  name, type, labels: { es: `¿${name}?`, en: `${name}?` }, list_name: choices.length ? name : null,
  choices: choices.map(([c, label]) => ({ name: c, labels: { es: label } })), path: [], in_repeat: false, ...extra,
});

const form: Form = {
  form: { id: '0190a000-0000-7000-8000-000000000000', form_id: 'f', version: '1', title: 'F', questions: 5, languages: ['es'], responses: 3, organisation_id: null, imported_at: '2026-03-01' },
  questions: [
    q('profile', 'select_one', [['pallaquera', 'Pallaquera'], ['woman_miner', 'Minera']]),
    q('region', 'select_one', [['puno', 'Puno'], ['arequipa', 'Arequipa'], ['madre_de_dios', 'Madre de Dios'], ['otra', 'Otra']]),
    q('risks', 'select_multiple', [['mercury', 'Mercurio']]),
    q('ppe_enough', 'select_one', [['yes', 'Sí'], ['no', 'No']]),
    q('age', 'integer', []),
    q('child_sex', 'select_one', [['f', 'Niña']], { in_repeat: true }),
  ],
};
const links = [{ indicator: 'ppe_enough', answer: 'no', spec: { question: 'ppe_enough', values: ['no'] } }];
const departments = [{ code: '04', name: 'Arequipa' }, { code: '17', name: 'Madre de Dios' }, { code: '21', name: 'Puno' }, { code: '03', name: 'Apurímac' }];

describe('survey indicators', () => {
  it('offers a proportion per choice of select questions, study-linked first, none from repeats', () => {
    const options = surveyIndicators(form, links, 'es');
    expect(options[0]).toMatchObject({ key: 'ppe_enough.no', label: '¿ppe_enough?: No', baselineKey: 'ppe_enough=no', kind: 'proportion' });
    expect(options[0]!.spec).toEqual({ id: 'ppe_enough.no', type: 'proportion', question: 'ppe_enough', values: ['no'], denominator: 'all' });
    expect(options.map((o) => o.key)).toContain('risks.mercury');
    expect(options.some((o) => o.key.startsWith('child_sex') || o.key.startsWith('age'))).toBe(false);
    expect(options.filter((o) => o.baselineKey)).toHaveLength(1);
  });

  it('splits by select_one questions with their choice labels, in the chosen language', () => {
    const by = surveyDisaggregations(form, 'en');
    expect(by.map((d) => d.name)).toEqual(['profile', 'region', 'ppe_enough']);
    expect(by[0]).toMatchObject({ label: 'profile?', choiceLabels: { pallaquera: 'Pallaquera', woman_miner: 'Minera' } });
  });
});

describe('departments', () => {
  it('matches codes, UBIGEO and names whatever the accents, case or underscores', () => {
    expect(normalisePlace('  MADRE_de-Dios ')).toBe('madre de dios');
    expect(departmentOf('madre_de_dios', departments)).toBe('17');
    expect(departmentOf('APURIMAC', departments)).toBe('03');
    expect(departmentOf('040101', departments)).toBe('04');
    expect(departmentOf('r3', departments, 'Puno')).toBe('21');
    expect(departmentOf('otra', departments)).toBeNull();
  });

  it('finds the question whose choices are departments', () => {
    expect(regionQuestion(form, departments)).toBe('region');
    expect(regionQuestion({ ...form, questions: form.questions.filter((x) => x.name !== 'region') }, departments)).toBeNull();
  });
});
