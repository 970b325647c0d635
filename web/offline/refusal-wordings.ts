/**
 * The wordings a refused outbox item needs on the /sync page. Each module adds its rule
 * wordings and catalog part when its screens load; after a reload, /sync may show a refused
 * savings meeting or attendance list before that module ever loaded, and its reason would fall
 * back to the server's English. This loads, on demand and once, the wordings of the modules
 * whose items were refused: a few small chunks, only when something needs attention.
 */
import { addCatalogPart } from '../i18n/i18n.ts';
import { addProblemTexts } from '../ui/problem-text.ts';
import { PERSON_UPDATE_KIND } from './conflict-outbox.ts';
import { LOT_KIND, PERSON_KIND, SALE_KIND } from './field-records.ts';

type Loader = () => Promise<void>;

const registry: Loader = async () => {
  const [{ registryPart }, { REGISTRY_PROBLEM_TEXTS }] = await Promise.all([import('../i18n/registry-part.ts'), import('../registry/problem-texts.ts')]);
  addCatalogPart(registryPart);
  addProblemTexts(REGISTRY_PROBLEM_TEXTS);
};
const production: Loader = async () => {
  const [{ productionPart }, { PRODUCTION_PROBLEM_TEXTS }] = await Promise.all([import('../i18n/production-part.ts'), import('../production/problem-texts.ts')]);
  addCatalogPart(productionPart);
  addProblemTexts(PRODUCTION_PROBLEM_TEXTS);
};
const savings: Loader = async () => {
  const [{ savingsPart }, { SAVINGS_PROBLEM_TEXTS }] = await Promise.all([import('../i18n/savings-part.ts'), import('../savings/problem-texts.ts')]);
  addCatalogPart(savingsPart);
  addProblemTexts(SAVINGS_PROBLEM_TEXTS);
};
const trainings: Loader = async () => {
  const [{ trainingsPart }, { TRAINING_PROBLEM_TEXTS }] = await Promise.all([import('../i18n/trainings-part.ts'), import('../trainings/problem-texts.ts')]);
  addCatalogPart(trainingsPart);
  addProblemTexts(TRAINING_PROBLEM_TEXTS);
};

const LOADERS: Record<string, Loader> = {
  [PERSON_KIND]: registry,
  [PERSON_UPDATE_KIND]: registry,
  [LOT_KIND]: production,
  [SALE_KIND]: production,
  'savings.meeting': savings,
  'attendance.take': trainings,
};

const loading = new Map<Loader, Promise<void>>();

/** Loads the wordings for these item kinds (each module once); resolves when they are in place. A kind without a module is skipped. */
export async function loadRefusalWordings(kinds: Iterable<string>): Promise<void> {
  const loaders = new Set([...kinds].map((kind) => LOADERS[kind]).filter((l): l is Loader => l !== undefined));
  await Promise.all(
    [...loaders].map((loader) => {
      let started = loading.get(loader);
      if (!started) {
        // A chunk that cannot load (offline before it was ever kept) leaves the server's words; a later try may work.
        started = loader().catch(() => void loading.delete(loader));
        loading.set(loader, started);
      }
      return started;
    }),
  );
}
