// ODK Central (and Briefcase) exports: `group-question` headers, SubmissionDate, meta-instanceID
// and KEY (`uuid:…`), Central's own columns, optional split select_multiples as `q/choice`.
import { describe, expect, it } from 'vitest';
import { decodeResponses } from './decode-responses.ts';
import { buildTestForm, csvTable } from './fixtures/test-form.ts';

const form = buildTestForm();

const centralCsv = [
  'SubmissionDate,start,end,profile-profile,profile-age,profile-grams,safety-ppe_enough,safety-risks,safety-last_training,comments,meta-instanceID,KEY,SubmitterID,SubmitterName,AttachmentsPresent,AttachmentsExpected,Status,ReviewState,DeviceID,Edits,FormVersion',
  '2026-06-02T15:01:02.000Z,2026-06-02T09:00:00.000-05:00,2026-06-02T09:12:00.000-05:00,pallaquera,52,0.75,no,dust,2025-11-30,,uuid:0b3e-0001,uuid:0b3e-0001,7,Rosa Quispe,0,0,,approved,collect:abc,0,2026061501',
  '2026-06-02T15:05:00.000Z,2026-06-02T09:30:00.000-05:00,2026-06-02T09:41:00.000-05:00,man_miner,38,,yes,mercury dust,,"Trabaja de noche, sin EPP",uuid:0b3e-0002,uuid:0b3e-0002,7,Rosa Quispe,0,0,,,collect:abc,0,2026061501',
].join('\n');

describe('decodeResponses on ODK Central exports', () => {
  it('reads group-question headers and takes meta-instanceID without its uuid: prefix as the id', () => {
    const { responses, problems, counts, columns } = decodeResponses(form, csvTable(centralCsv));
    expect(problems).toEqual([]);
    expect(counts).toMatchObject({ responses: 2, idsFromFile: 2 });
    expect(responses.map((r) => r.id)).toEqual(['0b3e-0001', '0b3e-0002']);
    expect(responses[0]?.values).toMatchObject({ profile: 'pallaquera', age: 52, grams: 0.75, ppe_enough: 'no', risks: ['dust'], last_training: '2025-11-30', comments: null });
    expect(responses[1]?.values).toMatchObject({ risks: ['mercury', 'dust'], comments: 'Trabaja de noche, sin EPP' });
    expect(responses[0]?.meta).toMatchObject({ SubmissionDate: '2026-06-02T15:01:02.000Z', KEY: 'uuid:0b3e-0001', SubmitterName: 'Rosa Quispe', ReviewState: 'approved', FormVersion: '2026061501' });
    expect(columns.roles.find((r) => r.header === 'meta-instanceID')?.role).toBe('id');
    expect(columns.missingQuestions).toEqual([]);
  });

  it('gives the same submission the same id from Central (KEY) and from Kobo (_uuid)', () => {
    const fromCentral = decodeResponses(form, csvTable('KEY,profile-age\nuuid:0b3e-0001,52'));
    const fromKobo = decodeResponses(form, csvTable('_uuid,profile/age\n0b3e-0001,52'));
    expect(fromCentral.responses[0]?.id).toBe('0b3e-0001');
    expect(fromKobo.responses[0]?.id).toBe('0b3e-0001');
  });

  it('reads split select_multiple columns named q/choice after a group-question path', () => {
    const csv = ['KEY,safety-risks/mercury,safety-risks/dust,safety-risks/rock_fall', 'uuid:e1,0,1,1'].join('\n');
    expect(decodeResponses(form, csvTable(csv)).responses[0]?.values).toEqual({ risks: ['dust', 'rock_fall'] });
  });

  it('hashes rows without an id column, the same on every import and in any line order', () => {
    const csv = ['profile-profile,profile-age', 'pallaquera,40', 'pallaquera,40', 'woman_miner,31'].join('\n');
    const first = decodeResponses(form, csvTable(csv));
    const reordered = decodeResponses(form, csvTable(['profile-age,profile-profile', '31,woman_miner', '40,pallaquera', '40,pallaquera'].join('\n')));
    expect(first.counts).toMatchObject({ responses: 3, idsFromHash: 3, duplicateRows: 0 });
    expect(first.responses[0]?.id).toMatch(/^row-[0-9a-f]{32}$/);
    expect(first.responses[1]?.id).toBe(`${first.responses[0]?.id}-2`);
    expect(new Set(reordered.responses.map((r) => r.id))).toEqual(new Set(first.responses.map((r) => r.id)));
  });
});
