import { describe, expect, it } from 'vitest';
import { isBlank, parseCount, parseDate, parseDigits, parsePhone, parseText, parseWord, parseWordList, parseYesNo } from './parse-values.ts';
import { LANGUAGE_WORDS, PROFILE_WORDS, SEX_WORDS } from './people-vocabulary.ts';

const value = <T>(v: T) => ({ ok: true, value: v });
const problem = (message: string | RegExp) => expect.objectContaining({ ok: false, message: expect.stringMatching(message) });
/** The rule code and params a refusal carries, for the web's wording. */
const rule = (parsed: { ok: boolean; code?: string; params?: object }) => [parsed.code, parsed.params];

describe('parseDate', () => {
  it.each([
    ['05/03/1985', '1985-03-05'], ['5/3/1985', '1985-03-05'], ['05-03-1985', '1985-03-05'], ['05.03.1985', '1985-03-05'],
    ['1985-03-05', '1985-03-05'], ['1985/3/5', '1985-03-05'], ['1985-03-05T00:00:00', '1985-03-05'], [' 29/02/2000 ', '2000-02-29'],
  ])('%j → %s', (written, iso) => expect(parseDate(written)).toEqual(value(iso)));

  it.each([
    ['31/02/1990', /"31\/02\/1990" is not a real date \(that month has 28 days\)/],
    ['29/02/1900', /that month has 28 days/],
    ['03/15/1985', /month 15 does not exist \(dates are DD\/MM\/YYYY\)/],
    ['05/03/85', /write the year with 4 digits/],
    ['31122', /Excel date number/],
    ['marzo 1985', /not a date; write DD\/MM\/YYYY; got "marzo 1985"/],
  ])('%j is refused', (written, message) => expect(parseDate(written)).toEqual(problem(message)));

  it('names the rule of each refusal with the values the wording needs', () => {
    expect(rule(parseDate('31/02/1990'))).toEqual(['import.date.not_real', { value: '31/02/1990', days: 28 }]);
    expect(rule(parseDate('03/15/1985'))).toEqual(['import.date.month', { month: 15, value: '03/15/1985' }]);
    expect(rule(parseDate('05/03/85'))).toEqual(['import.date.short_year', { value: '05/03/85' }]);
    expect(rule(parseDate('31122'))).toEqual(['import.date.excel_number', { value: '31122' }]);
    expect(rule(parseDate('marzo 1985'))).toEqual(['import.date.format', { value: 'marzo 1985' }]);
  });
});

describe('parseDigits', () => {
  it('keeps every digit and drops spaces, dots and dashes', () => {
    expect(parseDigits('080101', 6, 'UBIGEO')).toEqual(value('080101'));
    expect(parseDigits('20 123-456.789', 11, 'RUC')).toEqual(value('20123456789'));
  });

  it('never zero-pads: a lost leading zero is reported', () => {
    expect(parseDigits('80101', 6, 'UBIGEO')).toEqual(problem('UBIGEO must have 6 digits; got 5'));
    expect(parseDigits('Ananea', 6, 'UBIGEO')).toEqual(problem('UBIGEO must be 6 digits; got "Ananea"'));
    expect(rule(parseDigits('80101', 6, 'UBIGEO'))).toEqual(['import.digits.length', { length: 6, count: 5 }]);
    expect(rule(parseDigits('Ananea', 6, 'UBIGEO'))).toEqual(['import.digits.not_digits', { length: 6, value: 'Ananea' }]);
  });
});

describe('parsePhone', () => {
  it.each([['987 654 321', '987654321'], ['+51 987-654-321', '+51987654321'], ['(054) 35-1234', '054351234']])('%j → %s', (w, p) =>
    expect(parsePhone(w)).toEqual(value(p)),
  );
  it.each([
    ['987654321 / 912345678', /one phone number per row/],
    ['987654321 y 912345678', /one phone number per row/],
    ['9876', /6 to 15 digits; got 4/],
    ['no tiene', /phone must be digits/],
  ])('%j is refused', (written, message) => expect(parsePhone(written)).toEqual(problem(message)));
});

describe('small values', () => {
  it('reads counts, yes/no, words and free text', () => {
    expect(parseCount('3', 0, 30)).toEqual(value(3));
    expect(parseCount('3.0', 0, 30)).toEqual(value(3));
    expect(parseCount('tres', 0, 30)).toEqual(problem('must be a whole number; got "tres"'));
    expect(parseCount('31', 0, 30)).toEqual(problem('must be between 0 and 30; got 31'));
    expect(['Sí', 'si', 'X', 'yes', 'NO', '0'].map((w) => parseYesNo(w))).toEqual([true, true, true, true, false, false].map(value));
    expect(parseYesNo('a veces')).toEqual(problem('write sí or no; got "a veces"'));
    expect(parseWord('MUJER', SEX_WORDS, 'sex')).toEqual(value('female'));
    expect(parseWord('otro', SEX_WORDS, 'sex')).toEqual(problem('unknown sex "otro"; write F or M, Mujer or Hombre'));
    expect(parseText('  Rosa \n  Elena ', 80)).toEqual(value('Rosa Elena'));
    expect(parseText('x'.repeat(41), 40)).toEqual(problem('too long: at most 40 characters; got 41'));
  });

  it('names the rule of each refusal, an unknown word with the words to write instead', () => {
    expect(rule(parsePhone('987654321 / 912345678'))).toEqual(['import.phone.several', { value: '987654321 / 912345678' }]);
    expect(rule(parsePhone('9876'))).toEqual(['import.phone.length', { count: 4 }]);
    expect(rule(parsePhone('no tiene'))).toEqual(['import.phone.not_digits', { value: 'no tiene' }]);
    expect(rule(parseCount('tres', 0, 30))).toEqual(['import.count.not_whole', { value: 'tres' }]);
    expect(rule(parseCount('31', 0, 30))).toEqual(['import.count.range', { min: 0, max: 30, value: 31 }]);
    expect(rule(parseYesNo('a veces'))).toEqual(['import.yes_no', { value: 'a veces' }]);
    expect(rule(parseWord(' otro ', SEX_WORDS, 'sex'))).toEqual(['import.word.unknown', { value: 'otro', words: 'F, M, Mujer, Hombre' }]);
    expect(rule(parseWordList('quechau, castellano, aimra', LANGUAGE_WORDS, 'language'))).toEqual([
      'import.word.unknown', { value: 'quechau, aimra', words: 'castellano, quechua, aymara, otro' },
    ]);
    expect(rule(parseText('x'.repeat(41), 40))).toEqual(['import.text.too_long', { max: 40, length: 41 }]);
  });

  it('splits lists on commas, semicolons, slashes and "y", dropping repeats', () => {
    expect(parseWordList('Pallaquera y minera', PROFILE_WORDS, 'profile')).toEqual(value(['pallaquera', 'woman_miner']));
    expect(parseWordList('minero; seleccionadora, pallaquera', PROFILE_WORDS, 'profile')).toEqual(value(['man_miner', 'pallaquera']));
    expect(parseWordList('Castellano/Quechua e inglés', LANGUAGE_WORDS, 'language')).toEqual(value(['es', 'qu', 'other']));
    expect(parseWordList('quechau, aimara', LANGUAGE_WORDS, 'language')).toEqual(problem('unknown language "quechau"; write castellano, quechua, aymara or otro'));
  });

  it('treats the usual placeholders as blank', () => {
    expect(['', ' ', '-', '—', 'S/N', 'n/a', 'Sin dato'].every(isBlank)).toBe(true);
    expect(['0', 'no', 'ninguno'].some(isBlank)).toBe(false);
  });
});
