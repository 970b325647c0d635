/** Operator commands: migrate, audit verify, backup, restore, and partner API keys. */
import path from 'node:path';
import { createApiKey, listApiKeys, revokeApiKey } from '../../services/accounts/api-keys.service.ts';
import { verifyAuditChain } from '../../services/audit/verify.service.ts';
import { backupDatabase, restoreDatabase } from '../../services/maintenance.service.ts';
import { UsageError } from '../errors.ts';
import { CLI_CONTEXT, parseFlags, printJson, printTable, withContext } from '../runtime.ts';
import { RoleName } from '../../contracts/accounts.ts';

export async function migrateCommand(): Promise<number> {
  await withContext('pallay migrate', async () => undefined);
  process.stdout.write('Database is up to date.\n');
  return 0;
}

export async function auditCommand(args: string[]): Promise<number> {
  if (args[0] !== 'verify') throw new UsageError('expected: pallay audit verify [--format json]');
  const { values } = parseFlags(args.slice(1), { format: { type: 'string' } });
  const verdict = await withContext('pallay audit verify', (ctx) => verifyAuditChain(ctx.services, CLI_CONTEXT));
  if (values.format === 'json') printJson(verdict);
  else if (verdict.ok) process.stdout.write(`Audit chain intact: ${verdict.checked} rows verified.\n`);
  else process.stderr.write(`Audit chain BROKEN at row ${verdict.brokenSeq}: ${verdict.reason}. ${verdict.checked} rows before it verified.\n`);
  return verdict.ok ? 0 : 1;
}

export async function backupCommand(args: string[]): Promise<number> {
  const file = args[0];
  if (!file) throw new UsageError('expected: pallay backup FILE');
  const target = path.resolve(file);
  const summary = await withContext('pallay backup', (ctx) => backupDatabase(ctx.backups, CLI_CONTEXT, target));
  process.stdout.write(`Backup written to ${target}: ${summary.tables} tables, ${summary.rows} rows.\n`);
  return 0;
}

export async function restoreCommand(args: string[]): Promise<number> {
  const file = args[0];
  if (!file) throw new UsageError('expected: pallay restore FILE');
  const source = path.resolve(file);
  const summary = await withContext('pallay restore', (ctx) => restoreDatabase(ctx.services, ctx.backups, CLI_CONTEXT, source));
  process.stdout.write(`Restored ${summary.rows} rows in ${summary.tables} tables from ${source}.\n`);
  return 0;
}

export async function apiKeyCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') {
    const { values } = parseFlags(rest, { name: { type: 'string' }, role: { type: 'string' }, organisation: { type: 'string' }, scope: { type: 'string', multiple: true } });
    if (!values.name) throw new UsageError('apikey add needs --name');
    const role = RoleName.safeParse(values.role ?? 'partner');
    if (!role.success) throw new UsageError(`unknown role "${values.role}"`);
    const created = await withContext('pallay apikey add', (ctx) =>
      createApiKey(ctx.services, CLI_CONTEXT, { name: values.name!, role: role.data, organisation_id: values.organisation ?? null, scopes: values.scope ?? [] }),
    );
    process.stdout.write(`API key "${created.api_key.name}" (${created.api_key.id}). Copy the secret now; it is not shown again:\n${created.secret}\n`);
    return 0;
  }
  if (sub === 'list') {
    const keys = await withContext('pallay apikey list', (ctx) => listApiKeys(ctx.services, CLI_CONTEXT));
    printTable(keys.map((k) => ({ id: k.id, name: k.name, prefix: k.prefix, role: k.role, scopes: k.scopes.join(' '), revoked: k.revoked_at ? 'yes' : '' })));
    return 0;
  }
  if (sub === 'revoke' && rest[0]) {
    const key = await withContext('pallay apikey revoke', (ctx) => revokeApiKey(ctx.services, CLI_CONTEXT, rest[0]!));
    process.stdout.write(`Revoked "${key.name}".\n`);
    return 0;
  }
  throw new UsageError('expected: pallay apikey add --name NAME [--role partner] [--scope PERMISSION]... | list | revoke ID');
}
