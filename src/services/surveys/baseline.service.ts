/**
 * The study's published baseline (GET /api/baseline): read from data/study on first use and
 * kept for the life of the process. It is reference data shipped with the app, the same on every
 * instance, so caching it breaks no statelessness; a damaged file fails the request loudly (a bug
 * in the shipped data, not in the caller's input) and is read again next time.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Baseline } from '../../contracts/indicator-queries.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { parseStudyBaseline } from '../../domain/surveys/baseline/study-baseline.ts';
import type { CallContext } from '../deps.ts';

export const STUDY_DIR = fileURLToPath(new URL('../../../data/study/', import.meta.url));

let cached: Promise<Baseline> | null = null;

async function readBaseline(dir: string): Promise<Baseline> {
  const [baselineCsv, sampleCsv] = await Promise.all([readFile(`${dir}baseline.csv`, 'utf8'), readFile(`${dir}sample.csv`, 'utf8')]);
  return parseStudyBaseline({ baselineCsv, sampleCsv });
}

/** The shipped baseline, read once; for services that build on it (the demo survey). */
export function studyBaseline(): Promise<Baseline> {
  cached ??= readBaseline(STUDY_DIR).catch((err: unknown) => {
    cached = null;
    throw err;
  });
  return cached;
}

/** The published figures by profile and the sample by region; for anyone who may read surveys. */
export async function getBaseline(ctx: CallContext): Promise<Baseline> {
  authorize(ctx.actor, 'surveys.read');
  return studyBaseline();
}
