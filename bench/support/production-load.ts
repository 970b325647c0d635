/**
 * A production ledger at scale for the production benchmarks, loaded set-based (INSERT … SELECT
 * FROM generate_series, in chunks) rather than through the services, which would take far
 * longer than the figures themselves: women in six mining departments, each a member of her
 * department's association, one sold ore lot per sale, buyers and plants, and a caja she may
 * share a statement with. The fair value of each sale is computed in SQL from the seeded
 * monthly reference prices the way fairValue() does, so the stored rows look like real ones.
 * Ids are md5-derived from the row number, so every engine loads identical data. Ends with
 * ANALYZE: PGlite runs no autovacuum, and plans should be those of a ledger in use.
 */
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../src/db/client.ts';
import { createStore } from '../../src/db/store.ts';

/** What the loader needs of an engine: the migrated database and one raw query. */
export interface LoadTarget {
  database: Database;
  raw<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface ProductionLedger {
  sales: number;
  women: number;
  /** The woman with 100 sales in 2025, who consented in writing to share with the caja. */
  statementWoman: string;
  caja: string;
  buyers: string[];
  /** Unsold 1,000 kg lots (one per recorded sale) for the record-sale figure. */
  poolLots: string[];
}

/** Puno, Arequipa, Ayacucho, La Libertad, Piura, Madre de Dios: where the network's women mine. */
const DEPARTMENTS = ['21', '04', '05', '13', '20', '17'];
const BUYER_COUNT = 12;
const CHUNK_ROWS = 20_000;
/** Sales 1–100 are hers: one every three or four days of 2025. */
const STATEMENT_SALES = 100;
const LOT_KG = 1_000;

const personId = (index: string) => `md5('pallay-bench-person-' || ${index})::uuid`;

async function createOrganisations(target: LoadTarget): Promise<{ associations: Map<string, string>; buyers: string[]; caja: string }> {
  const orgs = createStore(target.database.db).repos.organisations;
  const insert = (name: string, kind: string, parentId: string | null) => orgs.insert({ id: uuidv7(), name, kind, parentId }).then((o) => o.id);
  const national = await insert('Red Nacional de Mujeres Mineras', 'national_network', null);
  const associations = new Map<string, string>();
  for (const dept of DEPARTMENTS) {
    const region = await insert(`Red Regional ${dept}`, 'regional_network', national);
    associations.set(dept, await insert(`Asociación de Pallaqueras ${dept}`, 'selectors_association', region));
  }
  const buyers: string[] = [];
  for (let k = 0; k < BUYER_COUNT; k++) {
    buyers.push(await insert(`${k % 3 === 0 ? 'Acopiadora' : 'Planta'} ${k + 1}`, k % 3 === 0 ? 'buyer_trader' : 'processing_plant', null));
  }
  return { associations, buyers, caja: await insert('Caja Municipal Arequipa', 'financial_institution', null) };
}

/** Women with valid rows (DNI, names, a district of one of the departments, a profile) and their memberships. */
async function loadWomen(target: LoadTarget, women: number, associations: Map<string, string>): Promise<void> {
  await target.raw(`
    WITH d AS (SELECT array_agg(code ORDER BY code) AS codes FROM places WHERE level = 'district' AND department_code = ANY($1::text[])),
    n AS (SELECT i, (ARRAY['Rosa','Maria','Juana','Elena','Lucia','Carmen','Ana','Flora','Nelly'])[1 + i % 9] AS g,
                    (ARRAY['Quispe','Mamani','Condori','Huaman','Flores','Ccama','Apaza','Choque','Torres','Vargas'])[1 + (i / 9) % 10] AS p,
                    (ARRAY['Ticona','Cruz','Rojas','Pari','Yupanqui','Coaquira','Soto'])[1 + (i / 90) % 7] AS m
             FROM generate_series(0, $2::int - 1) i)
    INSERT INTO people (id, id_type, id_number, given_names, paternal_surname, maternal_surname, sex, district, profiles, full_name_key)
    SELECT ${personId('n.i')}, 'dni', (40000000 + n.i)::text, n.g, n.p, n.m, 'female',
           d.codes[1 + (n.i * 7919) % array_length(d.codes, 1)],
           CASE WHEN n.i % 5 = 0 THEN ARRAY['woman_miner'] ELSE ARRAY['pallaquera'] END, lower(n.g || ' ' || n.p || ' ' || n.m)
    FROM n, d`, [DEPARTMENTS, women]);
  await target.raw(`
    INSERT INTO memberships (id, person_id, organisation_id, role, from_date)
    SELECT md5('pallay-bench-membership-' || p.id)::uuid, p.id, a.id, 'member', '2024-01-15'
    FROM people p JOIN unnest($1::text[], $2::uuid[]) AS a(dept, id) ON a.dept = left(p.district, 2)`,
    [[...associations.keys()], [...associations.values()]]);
}

/** Sales [from, to] with their lots: the first STATEMENT_SALES are woman 0's, in 2025; the rest spread over two years. */
async function loadSalesChunk(target: LoadTarget, from: number, to: number, women: number, buyers: string[]): Promise<void> {
  const rows = `
    SELECT g, md5('pallay-bench-lot-' || g)::uuid AS lot_id, md5('pallay-bench-sale-' || g)::uuid AS sale_id,
           CASE WHEN g <= ${STATEMENT_SALES} THEN ${personId('0')} ELSE ${personId(`(1 + g % ($3::int - 1))`)} END AS seller,
           CASE WHEN g <= ${STATEMENT_SALES} THEN date '2025-01-02' + ((g - 1) * 36 / 10) ELSE date '2024-07-01' + (g * 7919) % 730 END AS sold_on,
           round((15 + g % 31) * 1000 / 15.0, 3) AS kg, 4 + (g % 23) * 0.75 AS grade, 0.85 + (g % 10) * 0.01 AS recovery,
           0.05 + (g % 41) * 0.01 AS target_discount
    FROM generate_series($1::int, $2::int) g`;
  await target.raw(`
    INSERT INTO ore_lots (id, owner_person_id, season_from, season_to, bags, weight_kg, weight_estimated, kg_per_bag, grade_g_per_t, status, sold_kg)
    SELECT lot_id, seller, sold_on - (30 + g % 30), sold_on - 3, 15 + g % 31, kg, true, 66.667, grade, 'sold', kg FROM (${rows}) r`,
    [from, to, women]);
  await target.raw(`
    WITH r AS (${rows}),
    v AS (SELECT r.*, round(r.kg / 1000 * r.grade * r.recovery, 3) AS fine, gold.value AS gold, gold.on_date AS gold_on, fx.value AS fx, fx.on_date AS fx_on,
                 round(300 * r.kg / 1000 * 100) + 5000 AS deductions
          FROM r JOIN reference_prices gold ON gold.series = 'gold_usd_per_oz' AND gold.on_date = date_trunc('month', r.sold_on)::date
                 JOIN reference_prices fx ON fx.series = 'pen_per_usd' AND fx.on_date = gold.on_date),
    f AS (SELECT v.*, round(fine / 31.1034768 * gold * 100) AS ref_usd, round(fine / 31.1034768 * gold * fx * 100) AS ref_pen FROM v),
    p AS (SELECT f.*, ref_pen - deductions AS net, greatest(round((ref_pen - deductions) * (1 - target_discount)), 100) AS paid FROM f)
    INSERT INTO sales (id, sold_on, seller_person_id, buyer_organisation_id, kind, weight_kg, grade_g_per_t, recovery, fine_gold_g, fine_gold_given,
      processing_fee_cents_per_t, transport_cents, deductions_cents, paid_cents, receipt_number, gold_usd_per_oz, gold_price_date, pen_per_usd,
      pen_per_usd_date, price_stale, reference_usd_cents, reference_pen_cents, net_reference_pen_cents, floor95_pen_cents, discount)
    SELECT sale_id, sold_on, seller, ($4::uuid[])[1 + g % array_length($4::uuid[], 1)], 'ore_to_plant', kg, grade, recovery, fine, false,
      30000, 5000, deductions, paid, '001-' || g, gold, gold_on, fx, fx_on, false, ref_usd, ref_pen, net, round(ref_pen * 0.95), round(1 - paid / net, 4)
    FROM p`, [from, to, women, buyers]);
  await target.raw(`INSERT INTO sale_lots (sale_id, lot_id, weight_kg) SELECT sale_id, lot_id, kg FROM (${rows}) r`, [from, to, women]);
}

/** Unsold lots of women 1…, season from January 2026, for sales recorded during the run. */
async function loadPool(target: LoadTarget, sales: number, pool: number, women: number): Promise<string[]> {
  const { rows } = await target.raw<{ id: string }>(`
    INSERT INTO ore_lots (id, owner_person_id, season_from, season_to, bags, weight_kg, weight_estimated, kg_per_bag, grade_g_per_t, status)
    SELECT md5('pallay-bench-lot-' || g)::uuid, ${personId('(1 + g % ($3::int - 1))')}, '2026-01-10', '2026-02-20', 15, ${LOT_KG}, false, NULL, 9.5, 'stored'
    FROM generate_series($1::int, $2::int) g RETURNING id`, [sales + 1, sales + pool, women]);
  return rows.map((r) => r.id);
}

/**
 * Loads `sales` sales (at least STATEMENT_SALES) from sales / 10 women, plus `pool` unsold lots.
 * @example await loadLedger(engine, { sales: 100_000, pool: 600 }) // about 20 s on PGlite
 */
export async function loadLedger(target: LoadTarget, opts: { sales: number; pool: number }): Promise<ProductionLedger> {
  const sales = Math.max(opts.sales, STATEMENT_SALES * 2);
  const women = Math.max(10, Math.round(sales / 10));
  const { associations, buyers, caja } = await createOrganisations(target);
  await loadWomen(target, women, associations);
  for (let from = 1; from <= sales; from += CHUNK_ROWS) await loadSalesChunk(target, from, Math.min(sales, from + CHUNK_ROWS - 1), women, buyers);
  const poolLots = await loadPool(target, sales, opts.pool, women);
  const { rows } = await target.raw<{ id: string }>(`SELECT ${personId('0')} AS id`);
  const statementWoman = rows[0]!.id;
  await target.raw(`INSERT INTO consents (id, person_id, purpose, organisation_id, given_on, method) VALUES ($1, $2, 'sharing', $3, '2025-01-01', 'signature')`,
    [uuidv7(), statementWoman, caja]);
  await target.raw('ANALYZE');
  return { sales, women, statementWoman, caja, buyers, poolLots };
}
