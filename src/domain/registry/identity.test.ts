import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idDocumentProblem, rucCheckDigit, rucProblem } from './identity.ts';

describe('RUC', () => {
  it('accepts real-format RUCs with the right check digit', () => {
    expect(rucProblem('20131312955')).toBeUndefined(); // SUNAT's own RUC
    expect(rucProblem('10' + '40123456' + String(rucCheckDigit('1040123456')))).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(rucProblem('2013131295')).toBe('must have exactly 11 digits');
    expect(rucProblem('30131312955')).toBe('must start with 10, 15, 17 or 20');
    expect(rucProblem('20131312956')).toBe('has a wrong check digit');
  });

  it('detects every single-digit change in the body', () => {
    fc.assert(
      fc.property(fc.constantFrom('10', '15', '17', '20'), fc.stringMatching(/^\d{8}$/), fc.nat(9), fc.integer({ min: 1, max: 9 }), (prefix, body, position, delta) => {
        const ten = prefix + body;
        const valid = ten + rucCheckDigit(ten);
        const changedAt = 2 + (position % 8);
        const changed = valid.slice(0, changedAt) + ((Number(valid[changedAt]) + delta) % 10) + valid.slice(changedAt + 1);
        expect(rucProblem(valid)).toBeUndefined();
        if (rucCheckDigit(changed.slice(0, 10)) !== Number(valid[10])) expect(rucProblem(changed)).toBe('has a wrong check digit');
      }),
    );
  });
});

describe('identity documents', () => {
  it('wants exactly 8 digits for a DNI', () => {
    expect(idDocumentProblem('dni', '40123456')).toBeUndefined();
    expect(idDocumentProblem('dni', '4012345')?.message).toMatch(/8 digits/);
    expect(idDocumentProblem('dni', '401234567')?.message).toMatch(/8 digits/);
    expect(idDocumentProblem('dni', '4012345A')?.message).toMatch(/8 digits/);
  });

  it('accepts a carné de extranjería of up to 12 letters and digits', () => {
    expect(idDocumentProblem('ce', 'E00123456')).toBeUndefined();
    expect(idDocumentProblem('ce', '0012345678901')).toBeDefined();
  });

  it('keeps the number empty when there is no document', () => {
    expect(idDocumentProblem('none', null)).toBeUndefined();
    expect(idDocumentProblem('none', '40123456')).toMatchObject({ path: 'id_number' });
  });
});
