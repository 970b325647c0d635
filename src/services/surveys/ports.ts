/** Repository interface of surveys: imported questionnaires and their responses. */
import type { DecodedResponse, FormDefinition } from '../../domain/surveys/form.ts';

export interface SurveyFormRecord {
  id: string;
  form_key: string;
  version: string;
  title: string;
  definition: FormDefinition;
  source_file: string;
  organisation_id: string | null;
  imported_at: Date;
  responses: number;
}

export interface SurveysRepo {
  findForm(id: string): Promise<SurveyFormRecord | undefined>;
  findFormByKey(formKey: string, version: string): Promise<SurveyFormRecord | undefined>;
  insertForm(form: Omit<SurveyFormRecord, 'imported_at' | 'responses'> & { imported_by: string | null }): Promise<SurveyFormRecord>;
  /** Replaces the stored definition (a re-import of the same form id and version). */
  replaceDefinition(id: string, definition: FormDefinition, title: string, sourceFile: string): Promise<void>;
  listForms(organisationIds: readonly string[] | null): Promise<SurveyFormRecord[]>;
  /** Inserts the responses whose key is new for the form; returns how many were inserted. */
  insertResponses(formId: string, responses: readonly DecodedResponse[]): Promise<number>;
  /** Answers of every response of a form, in import order (keyset pages). */
  responseAnswers(formId: string, afterId: string | null, limit: number): Promise<{ id: string; answers: DecodedResponse['values'] }[]>;
}

export interface SurveyRepos {
  surveys: SurveysRepo;
}
