import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import { ERROR_KINDS } from './inject-errors.ts';
import { generateLabelledSet } from './labelled-set.ts';

// 'match' and 'possible' both count as predicted duplicates: both land in the review queue, and
// what the queue must achieve is to miss few duplicates (recall) without burying reviewers (precision).
describe('evaluate: the in-memory pipeline on a labelled set of 5,000 people', () => {
  const set = generateLabelledSet(2025, 5000);
  const result = evaluate(set);

  it('reaches precision and recall of at least 0.95', () => {
    const summary = `precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`;
    expect(result.precision, summary).toBeGreaterThanOrEqual(0.95);
    expect(result.recall, summary).toBeGreaterThanOrEqual(0.95);
  });

  it('finds duplicates with each kind of error', () => {
    for (const kind of ERROR_KINDS) expect(result.recallByKind[kind], kind).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps "match" for pairs that are almost surely one person', () => {
    expect(result.matchPrecision).toBeGreaterThanOrEqual(0.99);
  });

  it('lets few sisters or namesakes through, and keeps candidate pairs per record within 50', () => {
    expect(result.hardNegativesFlagged / set.hardNegatives.length).toBeLessThanOrEqual(0.02);
    expect(result.candidatePairsPerRecord).toBeLessThanOrEqual(50);
  });

  it('adds recall and at most `limit` pairs per record with pg_trgm-like neighbours on the full name', () => {
    const withTrigrams = evaluate(set, { trigram: { minSimilarity: 0.5, limit: 5 } });
    expect(withTrigrams.blockingRecall).toBeGreaterThanOrEqual(result.blockingRecall);
    expect(withTrigrams.recall).toBeGreaterThanOrEqual(result.recall);
    expect(withTrigrams.candidatePairsPerRecord).toBeLessThanOrEqual(result.candidatePairsPerRecord + 5);
  });
});
