import { describe, expect, it } from 'vitest';
import { ChoiceResolver, foldText } from './choice-resolver.ts';

const resolver = new ChoiceResolver([
  { name: 'yes', labels: { es: 'Sí', en: 'Yes' } },
  { name: 'no', labels: { es: 'No', en: 'No' } },
  { name: 'dk', labels: { es: 'No sabe', en: 'yes' } },
  { name: 'a', labels: { es: 'Igual', en: 'Same' } },
  { name: 'b', labels: { es: 'Igual', en: 'Other' } },
]);

describe('ChoiceResolver', () => {
  it('folds case, accents, repeated spaces and list separators', () => {
    expect(foldText('  Caída   de ROCAS; Polvo ')).toBe('caida de rocas polvo');
  });

  it('prefers names to labels and never guesses a label two choices share', () => {
    expect(resolver.resolveOne('yes')).toBe('yes');
    expect(resolver.resolveOne('YES')).toBe('yes');
    expect(resolver.resolveOne('si')).toBe('yes');
    expect(resolver.resolveOne('No Sabe')).toBe('dk');
    expect(resolver.resolveOne('Igual')).toBeNull();
    expect(resolver.resolveOne('Same')).toBe('a');
  });

  it('reads several names or multi-word labels, without repeats', () => {
    expect(resolver.resolveMany('yes dk yes')).toEqual({ names: ['yes', 'dk'], unknown: null });
    expect(resolver.resolveMany('No sabe, Sí')).toEqual({ names: ['dk', 'yes'], unknown: null });
    expect(resolver.resolveMany('Sí quizás')).toEqual({ names: [], unknown: 'quizas' });
  });
});
