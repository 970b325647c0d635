/**
 * How a benchmark target process ends: on SIGTERM from the runner it stops listening, closes the
 * app's database (releasing the data-folder lock) and removes its temporary data folder, so the
 * next target never meets a held port or lock.
 */
import fs from 'node:fs';
import type { ServerType } from '@hono/node-server';
import type { AppContext } from '../../src/context.ts';

export function stopOnSigterm(server: ServerType, ctx: AppContext, dataDir: string): void {
  process.once('SIGTERM', () => {
    server.close();
    ctx.close().then(
      () => {
        fs.rmSync(dataDir, { recursive: true, force: true });
        process.exit(0);
      },
      () => process.exit(1),
    );
  });
}
