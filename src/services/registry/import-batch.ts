/**
 * One batch of an import, set-based: the lookups (districts, DNIs, existing ids), the inserts
 * (people, memberships, match keys, audit rows) and the duplicate search each take one
 * statement for the whole batch, so a 100k-row list costs a few hundred statements, not a
 * million. Rows break the same rules as on the API; a rejected row writes nothing.
 */
import { zodDetails } from '../../domain/zod-problems.ts';
import { createHash } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import { PersonInput } from '../../contracts/registry.ts';
import { blockingKeys, fullNameKey } from '../../domain/registry/duplicates/index.ts';
import type { PersonImport, RowProblem } from '../../domain/registry/import/people-values.ts';
import { personProblems } from '../../domain/registry/person-rules.ts';
import { peruDate } from '../../domain/shared/peru-date.ts';
import type { FieldProblem } from '../../domain/errors.ts';
import { auditEntry, type CallContext } from '../deps.ts';
import type { Repos } from '../ports.ts';
import { queueDuplicates, type KnownPeople } from './import-duplicates.ts';
import { toMatchable, toNewPerson } from './person-record.ts';

export interface ImportRow {
  line: number;
  input: PersonImport;
}

/** What every batch of one import shares. */
export interface BatchContext {
  ctx: CallContext;
  at: Date;
  organisationId: string;
  summary: ImportSummary;
  /** People scored in earlier batches (see import-duplicates.ts). */
  known: KnownPeople;
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  possible_duplicates: number;
  rejected: number;
  dry_run: boolean;
  rejects: RowProblem[];
}

/** A stable UUID (version 8 layout) for a row without a DNI, so a re-run finds the same person. */
export function importRowId(organisationId: string, row: PersonImport): string {
  const identity = [organisationId, row.id_type, row.id_number ?? '', row.sex, row.birth_date ?? '',
    fullNameKey(toMatchable({ ...toNewPerson('x', row, null), id: 'x' }))].join('|');
  const hex = createHash('sha256').update(identity).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}


function reject(summary: ImportSummary, line: number, problems: FieldProblem[]): void {
  summary.rejects.push(...problems.map((p): RowProblem => ({ line, column: p.path || '(row)', message: p.message, ...(p.code ? { code: p.code } : {}), ...(p.params ? { params: p.params } : {}) })));
  summary.rejected++;
}

/** Rows that pass the contract and the rules, each once per DNI; the rest go to the rejects. */
async function checkRows(repos: Repos, organisationId: string, today: string, batch: readonly ImportRow[], summary: ImportSummary) {
  const parsed: { line: number; input: PersonInput; raw: PersonImport }[] = [];
  for (const row of batch) {
    const result = PersonInput.safeParse({ ...row.input, organisation_id: organisationId });
    if (result.success) parsed.push({ line: row.line, input: result.data, raw: row.input });
    else reject(summary, row.line, zodDetails(result.error));
  }
  const districts = await repos.places.existingDistricts(parsed.flatMap((p) => (p.input.district ? [p.input.district] : [])));
  const firstLineOfDni = new Map<string, number>();
  return parsed.filter(({ line, input }) => {
    const problems = personProblems(input, { today, districtExists: input.district ? districts.has(input.district) : undefined });
    const dni = input.id_type === 'dni' ? input.id_number : null;
    if (dni && firstLineOfDni.has(dni)) problems.push({ path: 'id_number', code: 'import.dni.repeated', params: { line: firstLineOfDni.get(dni)! }, message: `the same DNI is on line ${firstLineOfDni.get(dni)}` });
    if (problems.length > 0) {
      reject(summary, line, problems);
      return false;
    }
    if (dni) firstLineOfDni.set(dni, line);
    return true;
  });
}

/** Inserts the batch's new people with their memberships, match keys and audit rows; returns the rows that update someone. */
export async function importNewPeople(repos: Repos, batch: BatchContext, rows: readonly ImportRow[]): Promise<ImportRow[]> {
  const { ctx, at, organisationId, summary } = batch;
  const today = peruDate(at);
  const checked = await checkRows(repos, organisationId, today, rows, summary);
  const dnis = checked.flatMap((r) => (r.input.id_type === 'dni' && r.input.id_number ? [r.input.id_number] : []));
  const registeredDnis = new Set((await repos.people.findActiveByDnis(dnis)).map((p) => p.id_number));
  const isUpdate = (r: (typeof checked)[number]) => r.input.id_type === 'dni' && registeredDnis.has(r.input.id_number ?? null);
  const toUpdate = checked.filter(isUpdate);
  const fresh = checked.filter((r) => !isUpdate(r)).map((r) => ({ ...r, id: importRowId(organisationId, r.raw) }));
  const existing = new Set(await repos.people.existingIds(fresh.map((r) => r.id)));
  summary.unchanged += fresh.filter((r) => existing.has(r.id)).length;
  const createdBy = ctx.actor.type === 'user' ? ctx.actor.id : null;
  const created = fresh.filter((r) => !existing.has(r.id)).map((r) => toNewPerson(r.id, r.input, createdBy));
  await repos.people.insertMany(created);
  await repos.memberships.insertMany(created.map((p) => ({ id: uuidv7(), person_id: p.id, organisation_id: organisationId, role: 'member' as const, from_date: today, to_date: null })));
  const matchables = created.map(toMatchable);
  const keysOf = new Map(matchables.map((p) => [p.id, blockingKeys(p)]));
  await repos.people.insertMatchKeys([...keysOf].flatMap(([personId, keys]) => keys.map((key) => ({ personId, key }))));
  await repos.audit.appendMany(created.map(({ full_name_key: _, ...after }) => auditEntry(ctx, at, { action: 'create', entity: 'person', entityId: after.id, after })));
  summary.created += created.length;
  summary.possible_duplicates += (await queueDuplicates(repos, matchables, keysOf, batch.known)).size;
  return toUpdate.map((r) => ({ line: r.line, input: r.raw }));
}
