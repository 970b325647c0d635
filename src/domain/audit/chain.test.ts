import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, hashAuditEntry, hashAuditEntryV2, hashAuditPayload, verifyChainPage, type AuditContent, type ChainRow } from './chain.ts';

const content = fc.record({
  id: fc.uuid(),
  at: fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }),
  actorType: fc.constantFrom('user', 'api_key', 'cli', 'system'),
  actorId: fc.option(fc.uuid(), { nil: null }),
  action: fc.constantFrom('create', 'update', 'disable', 'read'),
  entity: fc.constantFrom('user', 'person', 'sale'),
  entityId: fc.option(fc.uuid(), { nil: null }),
  before: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: null }),
  after: fc.option(fc.dictionary(fc.string(), fc.jsonValue()), { nil: null }),
  requestId: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
});

function chain(entries: AuditContent[]): ChainRow[] {
  let prev = GENESIS_HASH;
  return entries.map((entry, i) => {
    const hash = hashAuditEntry(prev, entry);
    const row = { ...entry, seq: i + 1, prevHash: prev, hash };
    prev = hash;
    return row;
  });
}

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });

  it('survives a JSON round trip (as through a jsonb column)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
      }),
    );
  });
});

describe('verifyChainPage', () => {
  it('accepts any intact chain, also when checked in pages', () => {
    fc.assert(
      fc.property(fc.array(content, { minLength: 1, maxLength: 20 }), fc.nat(), (entries, cut) => {
        const rows = chain(entries);
        expect(verifyChainPage(rows, GENESIS_HASH)).toMatchObject({ ok: true, checked: rows.length });
        const at = cut % rows.length;
        const first = verifyChainPage(rows.slice(0, at), GENESIS_HASH);
        expect(first.ok && verifyChainPage(rows.slice(at), first.lastHash, first.checked)).toMatchObject({ ok: true, checked: rows.length });
      }),
    );
  });

  it('names the first altered row', () => {
    fc.assert(
      fc.property(fc.array(content, { minLength: 2, maxLength: 20 }), fc.nat(), (entries, pick) => {
        const rows = chain(entries);
        const index = pick % rows.length;
        rows[index] = { ...rows[index]!, action: rows[index]!.action + '!' };
        expect(verifyChainPage(rows, GENESIS_HASH)).toMatchObject({ ok: false, brokenSeq: index + 1, checked: index });
      }),
    );
  });

  it('names the row after a removed one', () => {
    fc.assert(
      fc.property(fc.array(content, { minLength: 3, maxLength: 20 }), fc.nat(), (entries, pick) => {
        const rows = chain(entries);
        const index = pick % (rows.length - 1);
        rows.splice(index, 1);
        expect(verifyChainPage(rows, GENESIS_HASH)).toMatchObject({ ok: false, brokenSeq: index + 2 });
      }),
    );
  });
});

/** Rows in the current format (payload hash inside the chain hash), as the repository writes them. */
function chainV2(entries: AuditContent[]): ChainRow[] {
  let prev = GENESIS_HASH;
  return entries.map((entry, i) => {
    const payloadHash = hashAuditPayload(entry);
    const hash = hashAuditEntryV2(prev, entry, payloadHash);
    const row = { ...entry, seq: i + 1, prevHash: prev, hash, payloadHash, redactedAt: null };
    prev = hash;
    return row;
  });
}

describe('redaction (ARCO cancellation)', () => {
  it('a row whose payload was erased still verifies, before and after legacy rows', () => {
    fc.assert(
      fc.property(fc.array(content, { minLength: 2, maxLength: 12 }), fc.nat(), (entries, pick) => {
        const legacy = chain(entries.slice(0, 1));
        const rows = [...legacy, ...chainV2(entries.slice(1)).map((r) => ({ ...r, seq: r.seq + 1 }))];
        // The first v2 row links to the legacy row.
        const relinked = relink(rows);
        const index = 1 + (pick % (relinked.length - 1));
        relinked[index] = { ...relinked[index]!, before: null, after: null, redactedAt: new Date() };
        expect(verifyChainPage(relinked, GENESIS_HASH)).toMatchObject({ ok: true, checked: relinked.length });
      }),
    );
  });

  it('a changed payload or a payload kept on a redacted row is caught', () => {
    const rows = chainV2([{ id: 'a', at: new Date('2026-01-01'), actorType: 'user', actorId: null, action: 'update', entity: 'person', entityId: 'p', before: { n: 'Ana' }, after: { n: 'Ana María' }, requestId: null }]);
    expect(verifyChainPage([{ ...rows[0]!, after: { n: 'Eva' } }], GENESIS_HASH)).toMatchObject({ ok: false, brokenSeq: 1 });
    expect(verifyChainPage([{ ...rows[0]!, redactedAt: new Date() }], GENESIS_HASH)).toMatchObject({ ok: false, reason: expect.stringContaining('redacted') });
    expect(verifyChainPage([{ ...rows[0]!, action: 'read', before: null, after: null, redactedAt: new Date() }], GENESIS_HASH)).toMatchObject({ ok: false, brokenSeq: 1 });
  });
});

/** Recomputes links and hashes of mixed-format rows in order (test fixture only). */
function relink(rows: ChainRow[]): ChainRow[] {
  let prev = GENESIS_HASH;
  return rows.map((row) => {
    const hash = row.payloadHash ? hashAuditEntryV2(prev, row, row.payloadHash) : hashAuditEntry(prev, row);
    const out = { ...row, prevHash: prev, hash };
    prev = hash;
    return out;
  });
}
