/** Survey forms (their parsed definition kept whole) and responses (answers as JSON). */
import { asc, eq, gt, inArray, and, sql, type SQL } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { FormDefinition } from '../../domain/surveys/form.ts';
import type { SurveyFormRecord, SurveysRepo } from '../../services/surveys/ports.ts';
import type { Db } from '../client.ts';
import { queryRows } from '../rows.ts';
import { surveyForms, surveyResponses } from '../schema/index.ts';

// Qualified by hand: Drizzle writes ${surveyForms.id} as a bare "id", which inside this subquery
// would mean r.id and count nothing.
const responseCount = sql<number>`(SELECT count(*)::int FROM survey_responses r WHERE r.form_id = survey_forms.id)`;

const toRecord = (r: typeof surveyForms.$inferSelect & { responses: number }): SurveyFormRecord => ({
  id: r.id, form_key: r.formKey, version: r.version, title: r.title, definition: r.definition as FormDefinition, source_file: r.sourceFile,
  organisation_id: r.organisationId, imported_at: r.importedAt, responses: Number(r.responses),
});

/** Rows per INSERT: one JSON parameter each, well under the protocol's limits. */
const CHUNK = 2000;

export function surveysRepo(db: Db): SurveysRepo {
  const selectForms = (where: SQL | undefined) => db.select({ ...tableColumns, responses: responseCount }).from(surveyForms).where(where);
  return {
    async findForm(id) {
      const [row] = await selectForms(eq(surveyForms.id, id));
      return row && toRecord(row);
    },
    async findFormByKey(formKey, version) {
      const [row] = await selectForms(and(eq(surveyForms.formKey, formKey), eq(surveyForms.version, version)));
      return row && toRecord(row);
    },
    async insertForm(f) {
      await db.insert(surveyForms).values({
        id: f.id, formKey: f.form_key, version: f.version, title: f.title, definition: f.definition, sourceFile: f.source_file,
        organisationId: f.organisation_id, importedBy: f.imported_by,
      });
      return (await this.findForm(f.id))!;
    },
    async replaceDefinition(id, definition, title, sourceFile) {
      await db.update(surveyForms).set({ definition, title, sourceFile }).where(eq(surveyForms.id, id));
    },
    async listForms(organisationIds) {
      const where = organisationIds === null ? undefined : organisationIds.length ? inArray(surveyForms.organisationId, [...organisationIds]) : sql`FALSE`;
      return (await selectForms(where).orderBy(asc(surveyForms.title))).map(toRecord);
    },
    async insertResponses(formId, responses) {
      let inserted = 0;
      for (let start = 0; start < responses.length; start += CHUNK) {
        const chunk = responses.slice(start, start + CHUNK).map((r) => ({ id: uuidv7(), form_id: formId, response_key: r.id, answers: r.values, meta: r.meta }));
        const rows = await queryRows<{ id: string }>(db, sql`
          INSERT INTO survey_responses (id, form_id, response_key, answers, meta)
          SELECT id, form_id, response_key, answers, meta FROM json_populate_recordset(NULL::survey_responses, ${JSON.stringify(chunk)}::json)
          ON CONFLICT (form_id, response_key) DO NOTHING RETURNING id`);
        inserted += rows.length;
      }
      return inserted;
    },
    async responseAnswers(formId, afterId, limit) {
      const rows = await db.select({ id: surveyResponses.id, answers: surveyResponses.answers }).from(surveyResponses)
        .where(and(eq(surveyResponses.formId, formId), afterId ? gt(surveyResponses.id, afterId) : undefined))
        .orderBy(asc(surveyResponses.id)).limit(limit);
      return rows.map((r) => ({ id: r.id, answers: r.answers as Record<string, string | number | string[] | null> }));
    },
  };
}

const tableColumns = {
  id: surveyForms.id, formKey: surveyForms.formKey, version: surveyForms.version, title: surveyForms.title, definition: surveyForms.definition,
  sourceFile: surveyForms.sourceFile, organisationId: surveyForms.organisationId, importedBy: surveyForms.importedBy, importedAt: surveyForms.importedAt,
};
