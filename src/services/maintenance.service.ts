/**
 * Whole-database backup and restore for operators (the `pallay backup` and `pallay restore`
 * commands and the embedded mode's rotating backups). Restore writes its own audit row after
 * the restored chain, so the log shows when the data was replaced.
 */
import { authorize } from '../domain/auth/actor.ts';
import { recordAudit, type CallContext, type ServiceDeps } from './deps.ts';

export interface BackupSummary {
  tables: number;
  rows: number;
  schemaLevel: string;
}

export interface BackupPort {
  write(file: string): Promise<BackupSummary>;
  restore(file: string): Promise<BackupSummary>;
}

export async function backupDatabase(port: BackupPort, ctx: CallContext, file: string): Promise<BackupSummary> {
  authorize(ctx.actor, 'database.backup');
  return port.write(file);
}

export async function restoreDatabase(deps: ServiceDeps, port: BackupPort, ctx: CallContext, file: string): Promise<BackupSummary> {
  authorize(ctx.actor, 'database.restore');
  const summary = await port.restore(file);
  await deps.store.transaction((repos) =>
    recordAudit(repos, ctx, deps.clock(), { action: 'restore', entity: 'database', entityId: null, after: { file, ...summary } }),
  );
  return summary;
}
