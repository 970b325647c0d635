import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv, toExportTable } from './export-table.ts';

describe('exports', () => {
  it('neutralises anything a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","click")')).toBe(`'=HYPERLINK("http://x","click")`);
    expect(neutraliseFormula('+51 987')).toBe(`'+51 987`);
    expect(neutraliseFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutraliseFormula('María')).toBe('María');
  });

  it('writes CSV with a BOM, quoting commas, quotes and line breaks, keeping leading zeros as text', () => {
    const table = toExportTable([{ id_number: '04012345', name: 'Ñaupari, "Rosa"', profiles: ['pallaquera', 'woman_miner'], dependants: 2, note: null }], ['id_number', 'name', 'profiles', 'dependants', 'note']);
    expect(toCsv(table)).toBe('\uFEFFid_number,name,profiles,dependants,note\r\n04012345,"Ñaupari, ""Rosa""",pallaquera woman_miner,2,\r\n');
  });
});
