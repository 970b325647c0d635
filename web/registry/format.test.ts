/** Registry formatting: names, Peruvian dates, local today and the women's share sentence. */
import { describe, expect, it } from 'vitest';
import { messages as es } from '../i18n/es-registry.ts';
import { addCatalogPart } from '../i18n/i18n.ts';
import { registryPart } from '../i18n/registry-part.ts';
import { assemblyShare, boardShare, formatDate, fullName, setFlash, takeFlash, today } from './format.ts';

addCatalogPart(registryPart);

describe('registry formatting', () => {
  it('joins the names she has, skipping an empty maternal surname', () => {
    expect(fullName({ given_names: 'Rosa', paternal_surname: 'Quispe', maternal_surname: 'Mamani' })).toBe('Rosa Quispe Mamani');
    expect(fullName({ given_names: 'Rosa', paternal_surname: 'Quispe', maternal_surname: '' })).toBe('Rosa Quispe');
  });

  it('writes dates day first and today in local time', () => {
    expect(formatDate('2026-03-01')).toBe('01/03/2026');
    expect(formatDate(null)).toBe('');
    expect(today(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });

  it('says the women\'s share of board and assembly in words', () => {
    const share = { board_women: 1, board_total: 2, assembly_women: 0, assembly_total: 0 };
    expect(boardShare(share)).toBe('Directiva: 1 de 2 mujeres (50 %)');
    expect(assemblyShare(share)).toBe(es['org.assembly'].replace('{share}', es['org.shareEmpty']));
  });

  it('shows a flash notice once', () => {
    setFlash('Registrada');
    expect(takeFlash()).toBe('Registrada');
    expect(takeFlash()).toBeNull();
  });
});
