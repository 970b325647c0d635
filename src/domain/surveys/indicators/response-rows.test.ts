/** Decoded responses as engine rows: answers shared, data columns copied only when named. */
import { describe, expect, it } from 'vitest';
import { IndicatorSpec } from '../../../contracts/indicators.ts';
import type { DecodedResponse } from '../form.ts';
import { responseRows } from './response-rows.ts';
import { STUDY_FORM } from './test-fixtures.ts';

const RESPONSES: Pick<DecodedResponse, 'values' | 'meta'>[] = [
  { values: { profile: 'pallaquera', ppe_enough: 'yes' }, meta: { _uuid: 'a', wt: '1.5', district: '211002' } },
  { values: { profile: 'man_miner', ppe_enough: null }, meta: { _uuid: 'b', district: '040101' } },
];
const HEADER = ['_uuid', 'profile', 'ppe_enough', 'wt', 'district'];

describe('responseRows', () => {
  it('hands the answers over as they are when no data column is named', () => {
    const spec = IndicatorSpec.parse({ indicators: [{ id: 'ppe', type: 'proportion', question: 'ppe_enough', values: ['yes'] }] });
    const { rows, extraColumns } = responseRows(STUDY_FORM, RESPONSES, { spec, by: ['profile'], header: HEADER });
    expect(rows[0]).toBe(RESPONSES[0]!.values);
    expect(extraColumns).toEqual(['_uuid', 'wt', 'district']);
  });

  it('adds the weight and disaggregation columns a spec names, missing cells as null', () => {
    const spec = IndicatorSpec.parse({ indicators: [{ id: 'ppe', type: 'proportion', question: 'ppe_enough', values: ['yes'], weight: 'wt' }] });
    const { rows } = responseRows(STUDY_FORM, RESPONSES, { spec, by: ['profile+district'], header: HEADER });
    expect(rows).toEqual([
      { profile: 'pallaquera', ppe_enough: 'yes', wt: '1.5', district: '211002' },
      { profile: 'man_miner', ppe_enough: null, wt: null, district: '040101' },
    ]);
  });
});
