/**
 * The people import on an empty registry, PGlite and PostgreSQL: importPeople of a generated
 * CSV of 2,000 and of 10,000 people into one organisation of a freshly migrated database, per
 * row, beside the engine's bulk load of the same rows into a bare copy of the people table. It
 * shows the import's fixed cost per row; its cost at 100k, where the duplicate search dominates,
 * is in registry-100k.bench.ts (registry.import_100k_*_ratio and the import profile).
 */
import { generatePeople } from '../src/domain/registry/duplicates/index.ts';
import { makeFigure, skippedFigure, type Figure, type FigureSpec, type Suite } from './support/figure.ts';
import { REGISTRY_SEED } from './support/registry-data.ts';
import { engineOpeners, withEngine, type EngineKey, type RegistryEngine } from './support/registry-engine.ts';
import { bulkBaseline, readPeopleFile, runImport, storedRows } from './support/registry-import-run.ts';
import { createOrgTree } from './support/registry-load.ts';

const SIZES = [2_000, 10_000] as const;

const spec = (engine: EngineKey, size: number, bulkName: string): FigureSpec => ({
  name: `registry.import_per_row_${size / 1000}k_${engine}_us`,
  unit: 'µs/row',
  better: 'lower',
  baselineName: `${bulkName} of the same rows into a bare table; empty registry`,
});

/** One size on a fresh database: importPeople, then the bulk baseline on the same database. */
async function measureSize(engine: RegistryEngine, size: number): Promise<Figure> {
  const { ananea } = await createOrgTree(engine);
  const rows = readPeopleFile(generatePeople(REGISTRY_SEED, size), new Map());
  const importMs = await runImport(engine, ananea, rows, new Map());
  const bulk = await bulkBaseline(engine, storedRows(ananea, rows));
  const perRow = (ms: number) => (ms * 1000) / size;
  return makeFigure(spec(engine.key, size, engine.bulkName), [perRow(importMs)], bulk.map(perRow));
}

export const registryImportSuite: Suite = {
  title: 'registry import of 2k and 10k people into an empty registry, PGlite and PostgreSQL',
  async run() {
    const figures: Figure[] = [];
    for (const opener of engineOpeners()) {
      for (const size of SIZES) {
        if (opener.open) figures.push(await withEngine(opener.open, (engine) => measureSize(engine, size)));
        else figures.push(skippedFigure(spec(opener.key, size, 'bulk load'), opener.skipped ?? 'not available'));
      }
    }
    return figures;
  },
};
