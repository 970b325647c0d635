/**
 * The sync protocol's promise, as a property: whatever the network does to a phone's batches
 * (delivers them twice, out of order, or loses the answer so the phone sends them again), once
 * the phone has finished syncing with its real rules (web/offline/sync-batches.ts: in order,
 * stop at a retryable answer, 424 waits) the server holds exactly what one clean pass leaves.
 *
 * Two apps (two databases) get the same outbox: one in a clean pass, one through the chaos.
 * Compared: people, their match keys and memberships, the duplicate review queue, lots, sales
 * and their lots, and the audit rows of writes (one per create or update). Left out: timestamps
 * and ids the server makes (membership, queue entry), which differ between two databases, and
 * audited reads, because settling a repeated update reads the record back (and audits it).
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemsToSend, markSending, queuedItem, type OutboxItem } from '../../web/offline/outbox-state.ts';
import { batchBody, planBatches, settleBatch } from '../../web/offline/sync-batches.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { createPlant, lotBody, saleBody, seedPrices } from '../support/production.ts';
import { buildNetwork, personBody } from '../support/registry.ts';

interface Side { t: TestApp; session: Session; ananea: string; plant: string; labels: Map<string, string> }
const sides: Side[] = [];

async function openSide(): Promise<Side> {
  const t = await createTestApp();
  const n = await buildNetwork(t);
  await seedPrices(t);
  const plant = await createPlant(t, n.admin);
  const users = Object.fromEntries(Object.entries(n).filter(([, v]) => typeof v === 'object').map(([k, v]) => [(v as Session).userId, `user:${k}`]));
  const orgs = Object.fromEntries(['national', 'puno', 'ananea', 'piura'].map((k) => [n[k as 'ananea'], `org:${k}`]));
  return { t, session: n.promoterAnanea, ananea: n.ananea, plant, labels: new Map(Object.entries({ ...users, ...orgs, [plant]: 'org:plant' })) };
}

beforeAll(async () => {
  sides.push(await openSide(), await openSide());
}, 120_000);
afterAll(async () => {
  for (const side of sides) await side.t.close();
});

// ---- the outbox a phone made offline ---------------------------------------------------------

interface PersonPlan { name: number; patches: number; lots: { sold: boolean }[] }
const NAMES = [['Rosa', 'Quispe', 'Mamani'], ['Rosa', 'Quispe', 'Mamani'], ['Juana', 'Apaza', 'Condori'], ['Elena', 'Huanca', 'Ticona']] as const;
const personPlan = fc.record({ name: fc.nat(NAMES.length - 1), patches: fc.nat(2), lots: fc.array(fc.record({ sold: fc.boolean() }), { maxLength: 2 }) });

/**
 * Each run's women are born on their own day and carry a surname of their own, so a run's
 * duplicate candidates are its own women: the neighbour search is capped (five closest names),
 * and among dozens of identical names left by earlier runs which five it sees depends on what
 * is already there, not on the protocol.
 */
let run = 0;
const runMark = () => {
  run += 1;
  const letters = [...String(run * 7919 + 104729)].map((d) => 'bcdfghjklm'[Number(d)]).join('');
  return { surname: `Ca${letters}`, birth_date: new Date(Date.UTC(1960, 0, 1) + run * 37 * 86_400_000).toISOString().slice(0, 10) };
};

/** Items in the order the phone queued them; `{ORG}` and `{PLANT}` are filled per database. */
function outboxOf(plans: PersonPlan[]): OutboxItem[] {
  const at = new Date('2026-03-01T12:00:00Z');
  const mark = runMark();
  const items: OutboxItem[] = [];
  const queue = (method: 'POST' | 'PATCH', url: string, body: Record<string, unknown>, base_version?: number) =>
    items.push(queuedItem({ id: uuidv7(), kind: 'field', owner: 'promotora', method, url, body, ...(base_version ? { base_version } : {}) }, at));
  for (const plan of plans) {
    const [given_names, paternal_surname, maternal_surname] = NAMES[plan.name]!;
    const person = personBody({ organisation_id: '{ORG}', given_names, paternal_surname, maternal_surname: `${maternal_surname} ${mark.surname}`, birth_date: mark.birth_date });
    queue('POST', '/api/people', person);
    for (let v = 1; v <= plan.patches; v++) queue('PATCH', `/api/people/${person.id}`, { phone: `95100000${v}` }, v);
    for (const lot of plan.lots) {
      const body = lotBody(person.id);
      queue('POST', '/api/lots', body);
      if (lot.sold) queue('POST', '/api/sales', saleBody(body.id, '{PLANT}'));
    }
  }
  return items;
}

// ---- the phone, with its real rules ----------------------------------------------------------

async function post(side: Side, batch: readonly OutboxItem[]) {
  const body = batchBody(batch).replaceAll('{ORG}', side.ananea).replaceAll('{PLANT}', side.plant);
  const res = await side.t.request('POST', '/api/sync', { session: side.session, rawBody: body });
  return { status: res.status, body: await res.json() };
}

/** One sync as web/offline/sync.ts runs it: waiting items, in batches, stopping at a retryable answer. */
async function syncOnce(side: Side, outbox: Map<string, OutboxItem>, maxItems: number): Promise<void> {
  for (const batch of planBatches(itemsToSend([...outbox.values()], 'promotora'), undefined, maxItems).batches) {
    const sending = batch.map((i) => markSending(i, new Date()));
    const settled = settleBatch(sending, await post(side, sending), new Date());
    for (const item of settled.items) outbox.set(item.id, item);
    if (settled.shouldStop) return;
  }
}

async function syncUntilDone(side: Side, outbox: Map<string, OutboxItem>, maxItems: number): Promise<void> {
  for (let round = 0; round < 10 && itemsToSend([...outbox.values()], 'promotora').length > 0; round++) await syncOnce(side, outbox, maxItems);
}

// ---- what the server holds -------------------------------------------------------------------

async function dump(side: Side, items: readonly OutboxItem[]): Promise<unknown> {
  const ids = items.map((i) => (i.body as { id?: string }).id).filter((id): id is string => !!id);
  const list = sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = async (query: ReturnType<typeof sql>) => ((await side.t.ctx.database.db.execute(query)) as unknown as { rows: unknown[] }).rows;
  const state = {
    people: await rows(sql`SELECT * FROM people WHERE id IN (${list}) ORDER BY id`),
    match_keys: await rows(sql`SELECT key, person_id FROM person_match_keys WHERE person_id IN (${list}) ORDER BY person_id, key`),
    memberships: await rows(sql`SELECT person_id, organisation_id, role, from_date, to_date FROM memberships WHERE person_id IN (${list}) ORDER BY person_id`),
    queue: await rows(sql`SELECT person_a, person_b, score, reasons, status FROM duplicate_candidates WHERE person_a IN (${list}) OR person_b IN (${list}) ORDER BY person_a, person_b`),
    lots: await rows(sql`SELECT * FROM ore_lots WHERE id IN (${list}) ORDER BY id`),
    sales: await rows(sql`SELECT * FROM sales WHERE id IN (${list}) ORDER BY id`),
    sale_lots: await rows(sql`SELECT sale_id, lot_id, weight_kg FROM sale_lots WHERE sale_id IN (${list}) ORDER BY sale_id, lot_id`),
    writes: await rows(sql`SELECT entity, entity_id, action, count(*)::int AS n FROM audit_log
      WHERE action IN ('create', 'update') AND entity_id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`),
  };
  let text = JSON.stringify(state, (key, value) => (/_at$/.test(key) ? undefined : value));
  for (const [id, label] of side.labels) text = text.replaceAll(id, label);
  return JSON.parse(text);
}

// ---- the property ----------------------------------------------------------------------------

/** What the network does before the phone's own sync: sends of whole batches, in any order, some answers lost. */
const chaos = fc.array(fc.record({ batch: fc.nat(20), isAnswerLost: fc.boolean() }), { minLength: 1, maxLength: 8 });

describe('the sync protocol', () => {
  it('ends in the state of one clean pass after any duplicated, reordered and retried batches', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(personPlan, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 4 }), chaos, async (plans, maxItems, deliveries) => {
        const items = outboxOf(plans);
        const [clean, messy] = sides as [Side, Side];

        const cleanBox = new Map(items.map((i) => [i.id, i]));
        await syncUntilDone(clean, cleanBox, maxItems);
        expect([...cleanBox.values()].map((i) => i.state)).toEqual(items.map(() => 'synced'));

        const messyBox = new Map(items.map((i) => [i.id, i]));
        const batches = planBatches(items, undefined, maxItems).batches;
        for (const { batch, isAnswerLost } of deliveries) {
          const sent = batches[batch % batches.length]!.map((i) => markSending(messyBox.get(i.id)!, new Date()));
          const answer = await post(messy, sent);
          if (!isAnswerLost) for (const item of settleBatch(sent, answer, new Date()).items) messyBox.set(item.id, item);
          else for (const item of sent) messyBox.set(item.id, { ...item, state: 'waiting' });
        }
        await syncUntilDone(messy, messyBox, maxItems);

        expect([...messyBox.values()].map((i) => i.state)).toEqual(items.map(() => 'synced'));
        expect(await dump(messy, items)).toEqual(await dump(clean, items));
      }),
      { numRuns: 30, seed: Number(process.env.SYNC_PROPERTY_SEED ?? Date.now() % 100_000) },
    );
  }, 180_000);
});
