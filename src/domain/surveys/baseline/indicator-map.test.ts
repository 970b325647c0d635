/**
 * data/study/indicator-map.json links each published baseline figure to the spec that measures
 * it again: every figure has exactly one link, and every linked spec is a valid proportion.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IndicatorSpec } from '../../../contracts/indicators.ts';
import { parseBaselineFigures } from './study-baseline.ts';

const read = (name: string) => readFileSync(new URL(`../../../../data/study/${name}`, import.meta.url), 'utf8');
const map = JSON.parse(read('indicator-map.json')) as { links: { indicator: string; answer: string; spec: unknown }[] };

describe('baseline indicator map', () => {
  it('links every published figure once', () => {
    const figures = new Set(parseBaselineFigures(read('baseline.csv')).map((f) => `${f.indicator}=${f.answer}`));
    const linked = map.links.map((l) => `${l.indicator}=${l.answer}`);
    expect(new Set(linked).size).toBe(linked.length);
    expect(new Set(linked)).toEqual(figures);
  });

  it('links to valid proportion specs over all respondents, as in the study tables', () => {
    const spec = IndicatorSpec.parse({ indicators: map.links.map((l) => l.spec) });
    for (const indicator of spec.indicators) {
      expect(indicator.type).toBe('proportion');
      if (indicator.type === 'proportion') expect(indicator.denominator).toBe('all');
    }
  });
});
