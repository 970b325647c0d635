/**
 * Decides once per file what each column of an export is, so the row loop does no matching:
 * the answer to a question (found by its bare name, by its group path joined with `/` as
 * KoboToolbox writes it, `-` as ODK Central and Briefcase write it, `.` or `:`, in any case, or
 * by its label as a Kobo "labels" export writes it), one choice of a select_multiple split into
 * 0/1 columns (`q/choice` in both tools; `q.choice`, `q_choice`, `q:choice` too), the response
 * id, a repeat column, or metadata (`_submission_time`, `SubmitterName`, geopoint parts…).
 *
 * Must hold: a question column always wins over a split column; when an export has both the
 * single column and the split columns (Kobo's default), the single column is read and the split
 * ones are skipped as redundant. Answers inside repeats are not main-table answers: their
 * columns (`trees[1]/tag`, or a repeat question's bare name) go to metadata.
 */
import type { FormDefinition, Question } from '../form.ts';
import { decoderFor, type CellDecoder } from './cell-decoders.ts';
import { ChoiceResolver, foldText } from './choice-resolver.ts';

export type ColumnRole = 'answer' | 'choice' | 'id' | 'repeat' | 'redundant' | 'meta';

export interface AnswerColumn {
  index: number;
  question: Question;
  decode: CellDecoder;
}

/** A select_multiple exported as one 0/1 column per choice. */
export interface SplitQuestion {
  question: Question;
  columns: { index: number; choice: string }[];
}

export interface ColumnPlan {
  answers: AnswerColumn[];
  splits: SplitQuestion[];
  /** Metadata columns (the id column included), kept as text by header. */
  meta: { index: number; header: string }[];
  idColumn: number | null;
  /** What each header was taken for, in header order (for the import summary). */
  roles: { index: number; header: string; role: ColumnRole; question: string | null }[];
  /** Main-table questions that carry answers but have no column in the file. */
  missingQuestions: string[];
}

/** Id columns by preference, lower case: ODK's instanceID, Central's KEY, Kobo's _uuid. */
const ID_HEADERS = ['meta/instanceid', 'meta-instanceid', 'meta.instanceid', 'instanceid', 'key', '_uuid', 'uuid'];
const PATH_SEPARATORS = ['/', '-', '.', ':'];
const CHOICE_SEPARATORS = new Set(['/', '.', '_', ':', '-']);
const REPEAT_INDEX = /\[\d+\]/;
const ANSWERLESS = new Set(['note']);

export function planColumns(form: FormDefinition, header: string[]): ColumnPlan {
  const lookup = buildLookup(form.questions);
  const resolvers = new Map<string, ChoiceResolver>();
  const resolverFor = (q: Question) => {
    if (q.listName === null || !form.choiceLists[q.listName]) return null;
    if (!resolvers.has(q.listName)) resolvers.set(q.listName, new ChoiceResolver(form.choiceLists[q.listName] ?? []));
    return resolvers.get(q.listName) ?? null;
  };
  const plan: ColumnPlan = { answers: [], splits: [], meta: [], idColumn: null, roles: [], missingQuestions: [] };
  const answered = new Set<string>();
  const splitByName = new Map<string, SplitQuestion>();
  const pendingSplits: { index: number; header: string; question: Question; choice: string }[] = [];
  header.forEach((raw, index) => {
    const headerText = raw.trim();
    const question = REPEAT_INDEX.test(headerText) ? null : lookup(headerText);
    let role: ColumnRole = 'meta';
    if (REPEAT_INDEX.test(headerText) || question?.inRepeat) role = 'repeat';
    else if (question && !answered.has(question.name)) {
      answered.add(question.name);
      plan.answers.push({ index, question, decode: decoderFor(question, resolverFor(question)) });
      role = 'answer';
    } else if (!question) {
      const split = findSplitColumn(headerText, lookup, resolverFor);
      if (split) {
        pendingSplits.push({ index, header: headerText, ...split });
        return;
      }
    }
    plan.roles.push({ index, header: headerText, role, question: role === 'answer' || role === 'repeat' ? (question?.name ?? null) : null });
    if (role !== 'answer') plan.meta.push({ index, header: headerText });
  });
  for (const split of pendingSplits) {
    const isRedundant = answered.has(split.question.name);
    plan.roles.push({ index: split.index, header: split.header, role: isRedundant ? 'redundant' : 'choice', question: split.question.name });
    if (isRedundant) continue;
    const entry = splitByName.get(split.question.name) ?? { question: split.question, columns: [] };
    if (!splitByName.has(split.question.name)) plan.splits.push(entry);
    splitByName.set(split.question.name, entry);
    entry.columns.push({ index: split.index, choice: split.choice });
  }
  plan.roles.sort((a, b) => a.index - b.index);
  plan.idColumn = findIdColumn(plan);
  for (const role of plan.roles) if (role.index === plan.idColumn) role.role = 'id';
  plan.missingQuestions = form.questions
    .filter((q) => !q.inRepeat && !ANSWERLESS.has(q.type) && !answered.has(q.name) && !splitByName.has(q.name))
    .map((q) => q.name);
  return plan;
}

function findIdColumn(plan: ColumnPlan): number | null {
  const metaByKey = new Map(plan.meta.map((m) => [m.header.toLowerCase(), m.index]));
  for (const key of ID_HEADERS) {
    const index = metaByKey.get(key);
    if (index !== undefined) return index;
  }
  return null;
}

/** A header → question lookup: exact path or name first, then without case, then by label. */
function buildLookup(questions: Question[]): (header: string) => Question | null {
  const exact = new Map<string, Question>();
  const folded = new Map<string, Question | null>();
  const add = (map: Map<string, Question | null>, key: string, q: Question) => {
    const existing = map.get(key);
    if (existing === undefined) map.set(key, q);
    else if (existing !== q && map === folded) map.set(key, null);
  };
  for (const q of questions) {
    if (ANSWERLESS.has(q.type)) continue;
    for (const sep of PATH_SEPARATORS) if (q.path.length > 0) exact.set([...q.path, q.name].join(sep), q);
  }
  for (const q of questions) if (!ANSWERLESS.has(q.type) && !exact.has(q.name)) exact.set(q.name, q);
  for (const [key, q] of exact) add(folded, key.toLowerCase(), q);
  const byLabel = new Map<string, Question | null>();
  for (const q of questions) {
    if (ANSWERLESS.has(q.type)) continue;
    for (const label of Object.values(q.labels)) {
      const key = foldText(label);
      const existing = byLabel.get(key);
      byLabel.set(key, existing === undefined || existing === q ? q : null);
    }
  }
  return (header) => {
    const found = exact.get(header) ?? folded.get(header.toLowerCase());
    if (found !== undefined) return found;
    const label = byLabel.get(foldText(header)) ?? byLabel.get(foldText(header.slice(header.lastIndexOf('/') + 1)));
    return label ?? null;
  };
}

/** `q/choice` and its cousins: the rightmost split whose left part is a select_multiple and right part one of its choices. */
function findSplitColumn(
  header: string,
  lookup: (header: string) => Question | null,
  resolverFor: (q: Question) => ChoiceResolver | null,
): { question: Question; choice: string } | null {
  for (let at = header.length - 2; at > 0; at--) {
    if (!CHOICE_SEPARATORS.has(header[at] ?? '')) continue;
    const question = lookup(header.slice(0, at));
    if (!question || question.type !== 'select_multiple' || question.inRepeat) continue;
    const choice = resolverFor(question)?.resolveOne(header.slice(at + 1)) ?? null;
    if (choice !== null) return { question, choice };
  }
  return null;
}
