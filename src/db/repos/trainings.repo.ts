/**
 * Training programmes with their modules, and the sessions where a module is taught. Enrolments
 * and attendance live in trainings-attendance.repo.ts; the two halves make one TrainingsRepo.
 */
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ModuleRecord, ProgrammeRecord, SessionRecord, TrainingsRepo } from '../../services/trainings/ports.ts';
import type { Db } from '../client.ts';
import { organisations, trainingAttendance, trainingCertificates, trainingEnrolments, trainingModules, trainingProgrammes, trainingSessions } from '../schema/index.ts';
import { attendanceRepoPart } from './trainings-attendance.repo.ts';
import { mapInOrder } from '../../domain/shared/in-order.ts';

type ProgrammeRow = typeof trainingProgrammes.$inferSelect;

async function withModules(db: Db, rows: ProgrammeRow[]): Promise<ProgrammeRecord[]> {
  if (!rows.length) return [];
  const modules = await db.select().from(trainingModules)
    .where(inArray(trainingModules.programmeId, rows.map((r) => r.id))).orderBy(asc(trainingModules.position));
  const byProgramme = new Map<string, ModuleRecord[]>();
  for (const m of modules) byProgramme.set(m.programmeId, [...(byProgramme.get(m.programmeId) ?? []), { id: m.id, position: m.position, title: m.title }]);
  return rows.map((r) => ({
    id: r.id, template_key: r.templateKey, name: r.name, description: r.description, min_module_share: Number(r.minModuleShare),
    organisation_id: r.organisationId, modules: byProgramme.get(r.id) ?? [],
  }));
}

const presentCount = sql<number>`(SELECT count(*)::int FROM ${trainingAttendance} a WHERE a.session_id = ${trainingSessions.id} AND a.present)`;

function sessionSelect(db: Db, where: SQL | undefined) {
  return db.select({
    id: trainingSessions.id, programme_id: trainingSessions.programmeId, programme_name: trainingProgrammes.name,
    module_id: trainingSessions.moduleId, module_title: trainingModules.title, held_on: trainingSessions.heldOn,
    district: trainingSessions.district, place: trainingSessions.place, facilitator: trainingSessions.facilitator,
    organisation_id: trainingSessions.organisationId, organisation_name: organisations.name, present: presentCount,
  }).from(trainingSessions)
    .innerJoin(trainingProgrammes, eq(trainingProgrammes.id, trainingSessions.programmeId))
    .innerJoin(trainingModules, eq(trainingModules.id, trainingSessions.moduleId))
    .innerJoin(organisations, eq(organisations.id, trainingSessions.organisationId))
    .where(where)
    .orderBy(desc(trainingSessions.heldOn), desc(trainingSessions.id));
}

const toSession = (r: SessionRecord): SessionRecord => ({ ...r, present: Number(r.present) });

export function trainingsRepo(db: Db): TrainingsRepo {
  return {
    ...attendanceRepoPart(db),
    async insertProgramme(p, createdBy) {
      await db.insert(trainingProgrammes).values({
        id: p.id, templateKey: p.template_key, name: p.name, description: p.description, minModuleShare: p.min_module_share,
        organisationId: p.organisation_id, createdBy,
      });
      await db.insert(trainingModules).values(p.modules.map((m) => ({ id: m.id, programmeId: p.id, position: m.position, title: m.title })));
    },
    async updateProgramme(p) {
      await db.update(trainingProgrammes).set({
        name: p.name, description: p.description, minModuleShare: p.min_module_share, updatedAt: new Date(), version: sql`${trainingProgrammes.version} + 1`,
      }).where(eq(trainingProgrammes.id, p.id));
      for (const m of p.modules) {
        await db.insert(trainingModules).values({ id: m.id, programmeId: p.id, position: m.position, title: m.title })
          .onConflictDoUpdate({ target: [trainingModules.programmeId, trainingModules.position], set: { title: m.title } });
      }
    },
    async findProgramme(id) {
      return (await withModules(db, await db.select().from(trainingProgrammes).where(eq(trainingProgrammes.id, id))))[0];
    },
    async findProgrammeByTemplate(key) {
      return (await withModules(db, await db.select().from(trainingProgrammes).where(eq(trainingProgrammes.templateKey, key))))[0];
    },
    async listProgrammes() {
      const rows = await db.select().from(trainingProgrammes).where(sql`${trainingProgrammes.archivedAt} IS NULL`).orderBy(asc(trainingProgrammes.name));
      const programmes = await withModules(db, rows);
      return mapInOrder(programmes, async (p) => ({ ...p, ...(await this.countsOf(p.id)) }));
    },
    async countsOf(programmeId) {
      const [enrolled] = await db.select({ n: sql<number>`count(*)::int` }).from(trainingEnrolments).where(eq(trainingEnrolments.programmeId, programmeId));
      const [certified] = await db.select({ n: sql<number>`count(*)::int` }).from(trainingCertificates)
        .where(and(eq(trainingCertificates.programmeId, programmeId), sql`${trainingCertificates.voidedAt} IS NULL`));
      return { enrolled: Number(enrolled?.n ?? 0), certified: Number(certified?.n ?? 0) };
    },
    async insertSession(s) {
      await db.insert(trainingSessions).values({
        id: s.id, programmeId: s.programme_id, moduleId: s.module_id, heldOn: s.held_on, district: s.district, place: s.place,
        facilitator: s.facilitator, organisationId: s.organisation_id, createdBy: s.created_by,
      });
    },
    async findSession(id) {
      const [row] = await sessionSelect(db, eq(trainingSessions.id, id));
      return row && toSession(row);
    },
    async listSessions(filter) {
      const conditions: SQL[] = [];
      if (filter.programmeId) conditions.push(eq(trainingSessions.programmeId, filter.programmeId));
      if (filter.organisationIds !== null) {
        conditions.push(filter.organisationIds.length ? inArray(trainingSessions.organisationId, [...filter.organisationIds]) : sql`FALSE`);
      }
      return (await sessionSelect(db, conditions.length ? and(...conditions) : undefined).limit(500)).map(toSession);
    },
  };
}
