/**
 * Issue 9's benchmark row: 500 records queued offline (women registered, their lots, sales of
 * those lots) synced through POST /api/sync over a slow rural link, 400 kbit/s each way and
 * 400 ms round trip (Chrome DevTools' Network.emulateNetworkConditions figures). Goal: ≤ 60 s.
 * The phone is a Node client running the app's own rules (web/offline/sync-batches.ts: 1 MiB
 * batches, in order, stop at a retryable answer); the link is emulated, not a browser: each
 * request waits one round trip plus its bytes up and its (gzip) answer's bytes down at 400
 * kbit/s, counting the request and status lines and headers. The server is the real app on an
 * in-memory PGlite, called without a socket. Baseline in the same run: the same number of fresh
 * records sent the old way, one POST per record to its own route, with no throttling at all.
 * Also reported: bytes sent and received per record, batched vs one POST each.
 */
import { gunzipSync } from 'node:zlib';
import { markSending, type OutboxItem } from '../web/offline/outbox-state.ts';
import { batchBody, planBatches, settleBatch } from '../web/offline/sync-batches.ts';
import { makeFigure, type Figure, type Suite } from './support/figure.ts';
import { fieldDayOutbox, openSyncTarget, type SyncTarget } from './support/offline-sync-data.ts';

const RECORDS = 500;
const ROUNDS = 3;
const LINK = { bitsPerMs: 400, roundTripMs: 400 };

interface Exchange { sentBytes: number; receivedBytes: number; status: number; body: unknown }

const headerBytes = (startLine: string, headers: Headers) => {
  let text = `${startLine}\r\n`;
  headers.forEach((value, name) => (text += `${name}: ${value}\r\n`));
  return Buffer.byteLength(`${text}\r\n`);
};

/** One HTTP exchange as the phone makes it; `throttled` waits as the emulated link would. */
async function exchange(target: SyncTarget, path: string, body: string, throttled: boolean): Promise<Exchange> {
  const headers = new Headers({
    host: 'pallay.example.pe', accept: 'application/json', 'accept-encoding': 'gzip', 'accept-language': 'es', 'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)), cookie: target.cookie, 'x-csrf-token': target.csrf,
  });
  const res = await target.fetch(new Request(`http://pallay.example.pe${path}`, { method: 'POST', headers, body }));
  const raw = Buffer.from(await res.arrayBuffer());
  const text = res.headers.get('content-encoding') === 'gzip' ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const sentBytes = headerBytes(`POST ${path} HTTP/1.1`, headers) + Buffer.byteLength(body);
  const receivedBytes = headerBytes(`HTTP/1.1 ${res.status}`, res.headers) + raw.length;
  if (throttled) await new Promise((r) => setTimeout(r, LINK.roundTripMs + ((sentBytes + receivedBytes) * 8) / LINK.bitsPerMs));
  return { sentBytes, receivedBytes, status: res.status, body: JSON.parse(text) as unknown };
}

interface Run { ms: number; sentBytes: number; receivedBytes: number }

/** The phone's sync, as web/offline/sync.ts runs it, until nothing waits; every record must end synced. */
async function syncBatched(target: SyncTarget, outbox: OutboxItem[]): Promise<Run> {
  const run: Run = { ms: 0, sentBytes: 0, receivedBytes: 0 };
  const started = performance.now();
  for (let pass = 0; pass < 5 && outbox.some((i) => i.state === 'waiting'); pass++) {
    for (const batch of planBatches(outbox.filter((i) => i.state === 'waiting')).batches) {
      const sending = batch.map((i) => markSending(i, new Date()));
      const answer = await exchange(target, '/api/sync', batchBody(sending), true);
      run.sentBytes += answer.sentBytes;
      run.receivedBytes += answer.receivedBytes;
      const settled = settleBatch(sending, answer, new Date());
      const byId = new Map(settled.items.map((i) => [i.id, i]));
      outbox.splice(0, outbox.length, ...outbox.map((i) => byId.get(i.id) ?? i));
      if (settled.shouldStop) break;
    }
  }
  run.ms = performance.now() - started;
  const unsynced = outbox.filter((i) => i.state !== 'synced');
  if (unsynced.length) throw new Error(`${unsynced.length} records not synced, e.g. ${JSON.stringify(unsynced[0]!.problem)}`);
  return run;
}

/** The old way: one POST per record to its own route, in order, no throttling. */
async function postOneByOne(target: SyncTarget, outbox: readonly OutboxItem[]): Promise<Run> {
  const run: Run = { ms: 0, sentBytes: 0, receivedBytes: 0 };
  const started = performance.now();
  for (const item of outbox) {
    const answer = await exchange(target, item.url, JSON.stringify(item.body), false);
    if (answer.status >= 300) throw new Error(`single POST ${item.url}: ${answer.status} ${JSON.stringify(answer.body)}`);
    run.sentBytes += answer.sentBytes;
    run.receivedBytes += answer.receivedBytes;
  }
  run.ms = performance.now() - started;
  return run;
}

export const offlineSyncSuite: Suite = {
  title: `offline-sync: ${RECORDS} queued records through POST /api/sync over 400 kbit/s, 400 ms RTT (emulated link, PGlite)`,
  async run(): Promise<Figure[]> {
    const target = await openSyncTarget();
    try {
      const batched: Run[] = [];
      const single: Run[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const sides = [() => syncBatched(target, fieldDayOutbox(target, RECORDS)), () => postOneByOne(target, fieldDayOutbox(target, RECORDS))] as const;
        if (round % 2 === 0) { batched.push(await sides[0]()); single.push(await sides[1]()); }
        else { single.push(await sides[1]()); batched.push(await sides[0]()); }
      }
      const perRecord = (runs: Run[], key: 'sentBytes' | 'receivedBytes') => runs.map((r) => r[key] / RECORDS);
      return [
        makeFigure({ name: 'offline_sync.500_records_throttled_ms', unit: 'ms', better: 'lower',
          baselineName: `the same number of records as ${RECORDS} single POSTs to their own routes, no throttling (goal: value ≤ 60,000)` },
        batched.map((r) => r.ms), single.map((r) => r.ms)),
        makeFigure({ name: 'offline_sync.bytes_sent_per_record', unit: 'B', better: 'lower',
          baselineName: 'one POST per record (request line, headers with cookie and CSRF token, body)' },
        perRecord(batched, 'sentBytes'), perRecord(single, 'sentBytes')),
        makeFigure({ name: 'offline_sync.bytes_received_per_record', unit: 'B', better: 'lower',
          baselineName: 'one POST per record (status line, headers, gzip body)' },
        perRecord(batched, 'receivedBytes'), perRecord(single, 'receivedBytes')),
      ];
    } finally {
      await target.close();
    }
  },
};
