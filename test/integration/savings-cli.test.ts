/**
 * `pallay savings replay` as scripts use it (the stable contract of docs/savings.md): real child
 * processes on small paper-ledger CSVs written here. The command opens no database, so this
 * runs once (not again on PostgreSQL) and checks that no data folder is created. Then
 * `pallay savings import` into a cycle of an embedded data folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createContext } from '../../src/context.ts';
import { CLI_ACTOR } from '../../src/domain/auth/actor.ts';
import { createPerson } from '../../src/services/registry/people.service.ts';
import { addSavingsMember, createSavingsGroup, openSavingsCycle } from '../../src/services/savings/savings.service.ts';

const BIN = path.resolve('bin/pallay.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-savings-cli-'));
const dataDir = path.join(dir, 'never-created');

function replay(lines: string[], flags: string[] = ['--share-value', '10', '--interest-rate', '0.02', '--format', 'json'], name = 'ledger.csv') {
  fs.writeFileSync(path.join(dir, name), ['date,member,type,shares,amount_pen,interest_pen', ...lines].join('\n') + '\n');
  const env = { ...process.env, PALLAY_DATA_DIR: dataDir, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', LOG_LEVEL: 'silent' };
  const result = spawnSync(process.execPath, [BIN, 'savings', 'replay', path.join(dir, name), ...flags], { env, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Rosa and Eva save 5 shares of S/ 10 each; Rosa borrows S/ 60 and repays it a month later with S/ 1.20 interest. */
const CYCLE = [
  '2026-01-10,Rosa Quispe,share_purchase,5,,',
  '2026-01-10,Eva Mamani,share_purchase,3,,',
  '2026-01-10,Rosa Quispe,social_fund,,2.00,',
  '2026-01-10,Eva Mamani,fine,,0.50,',
  '2026-01-10,Rosa Quispe,loan,,60,',
  '10/02/2026,Eva Mamani,share_purchase,2,,',
  '10/02/2026,Rosa Quispe,repayment,,60.00,"1,20"',
  '2026-02-10,Rosa Quispe,social_fund_grant,,1.50,',
];

describe.skipIf(Boolean(process.env.DATABASE_URL))('pallay savings replay on files alone', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON contract with the fund, the social fund and each member’s share-out', () => {
    const result = replay(CYCLE);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({ fund_pen: 101.7, loans_outstanding_pen: 0, social_fund_pen: 0.5, total_shares: 10, interest_pen: 1.2, fines_pen: 0.5 });
    expect(report.members).toEqual([
      { member: 'Rosa Quispe', shares: 5, savings_pen: 50, loans_outstanding_pen: 0, shareout_pen: 50.85 },
      { member: 'Eva Mamani', shares: 5, savings_pen: 50, loans_outstanding_pen: 0, shareout_pen: 50.85 },
    ]);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('gives no share-out while a loan is outstanding, and splits an odd fund to the céntimo', () => {
    const open = JSON.parse(replay(CYCLE.slice(0, 6)).out);
    expect(open).toMatchObject({ fund_pen: 100.5, loan_fund_cash_pen: 40.5, loans_outstanding_pen: 60 });
    expect(open.members.map((m: { shareout_pen: unknown }) => m.shareout_pen)).toEqual([null, null]);
    const odd = JSON.parse(replay(['2026-01-10,Ana,share_purchase,1,,', '2026-01-10,Eva,share_purchase,2,,', '2026-01-10,Ana,fine,,0.01,']).out);
    expect(odd.members.map((m: { shareout_pen: number }) => m.shareout_pen)).toEqual([10, 20.01]);
  });

  it('exits with 2 and names the first line that breaks a rule', () => {
    const cases: [string[], RegExp][] = [
      [[CYCLE[0]!, '2026-01-10,Rosa Quispe,share_purchase,1,,'], /line 3: Rosa Quispe would buy 6 shares at the meeting of 2026-01-10; the maximum is 5/],
      [[...CYCLE.slice(0, 4), '2026-01-10,Rosa Quispe,loan,,150.01,'], /line 6: a loan of S\/ 150\.01 would bring Rosa Quispe's loans to S\/ 150\.01; her limit is 3 × savings S\/ 50\.00/],
      [[...CYCLE.slice(0, 5), '2026-05-10,Rosa Quispe,share_purchase,1,,', '2026-05-10,Rosa Quispe,loan,,1,'], /line 8: Rosa Quispe has a loan of 2026-01-10 overdue since 2026-04-10/],
      [[...CYCLE.slice(0, 6), '2026-02-10,Rosa Quispe,repayment,,60.01,1.20'], /line 8: a repayment of S\/ 60\.01 principal is more than Rosa Quispe owes \(S\/ 60\.00\)/],
      [[...CYCLE.slice(0, 6), '2026-02-10,Rosa Quispe,repayment,,10,0.50'], /line 8: interest first: S\/ 1\.20 interest is due/],
      [[CYCLE[0]!, '2026-01-10,Rosa Quispe,social_fund_grant,,1,'], /line 3: a grant of S\/ 1\.00 is more than the social fund holds/],
      [[CYCLE[0]!, '2026-01-10,Rosa Quispe,donation,,1,'], /line 3: type "donation" is not one of share_purchase/],
      [[CYCLE[0]!, '2026-01-10,Rosa Quispe,fine,,abc,'], /line 3: amount_pen "abc" is not an amount in soles/],
    ];
    for (const [lines, message] of cases) {
      const result = replay(lines);
      expect(result.code, String(message)).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.out).toBe('');
    }
  }, 120_000);

  it('refuses a transaction dated outside the cycle, bad flags and a file it cannot read', () => {
    const closed = replay(CYCLE, ['--share-value', '10', '--end', '2026-01-31', '--format', 'json']);
    expect(closed.code).toBe(2);
    expect(closed.err).toMatch(/line 7: dated 2026-02-10, outside the cycle \(… to 2026-01-31\)/);
    expect(replay(CYCLE, ['--format', 'json']).err).toMatch(/--share-value missing/);
    expect(replay(CYCLE, ['--share-value', '10', '--interest-rate', 'two']).err).toMatch(/--interest-rate must be a monthly rate/);
    const env = { ...process.env, PALLAY_DATA_DIR: dataDir };
    const missing = spawnSync(process.execPath, [BIN, 'savings', 'replay', path.join(dir, 'nowhere.csv'), '--share-value', '10'], { env, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nowhere\.csv: no such file/);
  }, 60_000);
});

/**
 * `pallay savings import FILE --cycle ID` on a real data folder: the group, its members and the
 * cycle are made in-process first (the folder is then closed), and the command runs as a child.
 */
describe.skipIf(Boolean(process.env.DATABASE_URL))('pallay savings import on the embedded database', { timeout: 180_000 }, () => {
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pallay-savings-import-'));
  const env = { ...process.env, PALLAY_DATA_DIR: dbDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
  const dni = { rosa: '41234567', eva: '41234568' };
  let cycle = '';

  const pallay = (args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, 'savings', 'import', ...args], { env, encoding: 'utf8', timeout: 90_000 });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };
  const ledger = (name: string, lines: string[]) => {
    const file = path.join(dbDir, name);
    fs.writeFileSync(file, ['date,member,type,shares,amount_pen,interest_pen', ...lines].join('\n') + '\n');
    return file;
  };

  beforeAll(async () => {
    const ctx = await createContext({ ...loadConfig({ PALLAY_DATA_DIR: dbDir }), logLevel: 'silent' }, { command: 'test' });
    try {
      const as = { actor: CLI_ACTOR, requestId: null };
      const org = uuidv7();
      await ctx.services.store.repos.organisations.insert({ id: org, name: 'Asociación Ananea', kind: 'selectors_association', parentId: null });
      const group = await createSavingsGroup(ctx.services, as, { organisation_id: org, name: 'Banquito del cuaderno' });
      for (const [name, number] of Object.entries(dni)) {
        const { person } = await createPerson(ctx.services, as, { id_type: 'dni', id_number: number, given_names: name, paternal_surname: 'Quispe', maternal_surname: '', sex: 'female', profiles: ['pallaquera'], languages: ['qu'], organisation_id: org });
        await addSavingsMember(ctx.services, as, group.id, { person_id: person.id, joined_on: '2026-01-01' });
      }
      cycle = (await openSavingsCycle(ctx.services, as, { group_id: group.id, starts_on: '2026-01-01', ends_on: '2026-12-31', share_value_cents: 1_000, min_shares_per_meeting: 1, max_shares_per_meeting: 5, max_loan_multiple: 3, loan_term_months: 3, fines: [] })).cycle_id;
    } finally {
      await ctx.close();
    }
  }, 120_000);
  afterAll(() => fs.rmSync(dbDir, { recursive: true, force: true }));

  it('records the file into the cycle once, and again only the new rows', () => {
    const lines = [`2026-01-10,${dni.rosa},share_purchase,5,,`, `2026-01-10,${dni.eva},share_purchase,3,,`, `2026-01-10,${dni.rosa},loan,,60,`, '2026-01-10,,cash_count,,20,'];
    const first = pallay([ledger('libro.csv', lines), '--cycle', cycle, '--format', 'json']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ cycle_id: cycle, imported: 3, total_shares: 8, fund_cents: 8_000, loans_outstanding_cents: 6_000, cash_counts: [{ counted_cents: 2_000, computed_cents: 2_000, difference_cents: 0 }] });
    const again = pallay([ledger('libro.csv', [...lines, `2026-02-10,${dni.eva},share_purchase,2,,`]), '--cycle', cycle]);
    expect(again.code).toBe(0);
    expect(again.out).toBe(`Imported 1 new transaction(s) from ${path.join(dbDir, 'libro.csv')} into cycle ${cycle}: fund S/ 100.00, 10 shares.\n`);
  });

  it('exits 2 with the first offending line, and writes nothing', () => {
    const broken = pallay([ledger('malo.csv', [`2026-03-10,${dni.eva},share_purchase,1,,`, `2026-03-10,${dni.eva},loan,,151,`, `2026-03-10,${dni.rosa},share_purchase,9,,`]), '--cycle', cycle, '--format', 'json']);
    expect(broken.code).toBe(2);
    expect(broken.out).toBe('');
    expect(broken.err).toMatch(/malo\.csv line 3: a loan of S\/ 151\.00 is more than the loan fund holds \(S\/ 50\.00\) \(loan\.over_fund\); nothing imported/);
    const stranger = pallay([ledger('otra.csv', ['2026-03-10,49999999,share_purchase,1,,']), '--cycle', cycle]);
    expect([stranger.code, stranger.err]).toEqual([2, expect.stringMatching(/otra\.csv line 2: member "49999999" is not the DNI or person id of a member of the group \(savings\.not_member\)/)]);
    const check = pallay([ledger('ok.csv', [`2026-03-10,${dni.eva},share_purchase,1,,`]), '--cycle', cycle, '--format', 'json']);
    expect(JSON.parse(check.out)).toMatchObject({ imported: 1, total_shares: 11 });
    expect(pallay([ledger('x.csv', []), '--cycle', uuidv7()]).err).toMatch(/--cycle: no savings cycle/);
    expect(pallay([ledger('x.csv', []), '--cycle', 'seven']).code).toBe(2);
    expect(pallay([path.join(dbDir, 'nowhere.csv'), '--cycle', cycle]).err).toMatch(/cannot read .*nowhere\.csv: no such file/);
  });
});
