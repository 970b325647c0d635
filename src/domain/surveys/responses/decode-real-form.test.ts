// A Kobo-style export of a real field form (UCL biomass plots, Swahili and English): numeric
// choice names, multi-word English labels in a select_multiple, questions inside repeats.
import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { parseXlsForm } from '../xlsform/parse-xlsform.ts';
import { decodeResponses } from './decode-responses.ts';
import { csvTable } from './fixtures/test-form.ts';

async function readUclForm() {
  const sheets = await readXlsxFile(await readFile(new URL('../xlsform/fixtures/UCL_Biomass_Plot_Form.xlsx', import.meta.url)));
  return parseXlsForm(Object.fromEntries(sheets.map(({ sheet, data }) => [sheet, data as unknown[][]])), 'UCL_Biomass_Plot_Form.xlsx');
}

describe('decodeResponses on a real form', () => {
  it('reads numeric choice names, English labels in a select_multiple, and keeps repeat columns as metadata', async () => {
    const form = await readUclForm();
    const csv = [
      'INFO/LEADER_NAME,location/plant_phase,location/canopy_cover,location/region_id,Disturbance signs in main plot,trees[1]/tag,stumps_in_plot,_uuid',
      'Andrea,2023,45,R07,Burning Livestock Grazing,12,Ndiyo,u1',
      'Other Person,2031,4x,R07,Fire,,no,u2',
    ].join('\n');
    const { responses, problems } = decodeResponses(form, csvTable(csv));
    expect(responses[0]?.values).toEqual({ leader_name: 'Andrea', plant_phase: '2023', canopy_cover: 45, region_id: 'R07', disturbance: ['burning', 'grazing'], stumps_in_plot: 'yes' });
    expect(responses[0]?.meta).toMatchObject({ 'trees[1]/tag': '12' });
    expect(responses[1]?.values).toMatchObject({ leader_name: 'other', plant_phase: null, canopy_cover: null, disturbance: null, stumps_in_plot: 'no' });
    expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [3, 'location/plant_phase', 'unknown_choice'],
      [3, 'location/canopy_cover', 'not_a_number'],
      [3, 'Disturbance signs in main plot', 'unknown_choice'],
    ]);
  });
});
