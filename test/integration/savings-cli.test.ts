/**
 * `pallay savings replay` as scripts use it (the stable contract of docs/savings.md): real child
 * processes on small paper-ledger CSVs written here. The command opens no database, so this
 * runs once (not again on PostgreSQL) and checks that no data folder is created.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

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
