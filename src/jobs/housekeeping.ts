/**
 * Periodic clean-up while the server runs: expired sessions and old failed sign-ins are
 * deleted every 15 minutes. Any instance may run it; the deletes are idempotent.
 */
import type { Logger } from 'pino';
import { purgeExpiredAccessRecords } from '../services/accounts/sessions.service.ts';
import type { ServiceDeps } from '../services/deps.ts';

const EVERY_MS = 15 * 60_000;

export function startHousekeeping(services: ServiceDeps, logger: Logger): () => void {
  const run = () =>
    purgeExpiredAccessRecords(services).then(
      (purged) => logger.debug(purged, 'housekeeping done'),
      (err) => logger.error({ err }, 'housekeeping failed'),
    );
  void run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
