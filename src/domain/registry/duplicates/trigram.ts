/**
 * An in-memory stand-in for PostgreSQL's pg_trgm on fullNameKey, so the labelled-set evaluation
 * can measure what trigram neighbours add to the equi-join keys and which similarity threshold
 * to use in SQL. Trigrams are built as pg_trgm builds them: each word padded with two spaces in
 * front and one behind; similarity = shared trigrams / trigrams in either (Jaccard).
 */

/** The distinct trigrams of a text, as pg_trgm's show_trgm would list them. */
export function trigrams(text: string): Set<string> {
  const found = new Set<string>();
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (word === '') continue;
    const padded = `  ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) found.add(padded.slice(i, i + 3));
  }
  return found;
}

/** pg_trgm's similarity(a, b). */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

export interface NeighbourOptions {
  /** Like pg_trgm.similarity_threshold with the % operator. */
  minSimilarity: number;
  /** Like ORDER BY key <-> $1 LIMIT n: nearest neighbours kept per record. */
  limit: number;
}

/**
 * For each text, its `limit` most similar other texts at or above `minSimilarity`, as index pairs
 * [i, j] with i < j (each pair once). Uses an inverted index of trigrams, like a GIN index.
 */
export function trigramNeighbours(texts: readonly string[], options: NeighbourOptions): Array<[number, number]> {
  const grams = texts.map((text) => [...trigrams(text)]);
  const postings = new Map<string, number[]>();
  grams.forEach((list, i) => list.forEach((gram) => (postings.get(gram) ?? postings.set(gram, []).get(gram)!).push(i)));
  const shared = new Int32Array(texts.length);
  const pairs = new Set<number>();
  const result: Array<[number, number]> = [];
  grams.forEach((list, i) => {
    const touched: number[] = [];
    for (const gram of list) {
      for (const j of postings.get(gram)!) {
        if (j === i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = shared[j]! + 1;
      }
    }
    const scored = touched.map((j) => ({ j, similarity: shared[j]! / (list.length + grams[j]!.length - shared[j]!) }));
    for (const j of touched) shared[j] = 0;
    const nearest = scored.filter((s) => s.similarity >= options.minSimilarity).sort((x, y) => y.similarity - x.similarity).slice(0, options.limit);
    for (const { j } of nearest) {
      const [low, high] = i < j ? [i, j] : [j, i];
      const code = low * texts.length + high;
      if (!pairs.has(code)) result.push([low, high]);
      pairs.add(code);
    }
  });
  return result;
}
