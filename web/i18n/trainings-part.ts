/**
 * The catalog part of the training screens: Spanish and English together, imported only by the
 * trainings chunk (web/trainings/routes.tsx), which adds it with `addCatalogPart`.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-trainings.ts';
import { messages as es, type TrainingsKey } from './es-trainings.ts';

export const trainingsPart: CatalogPart<TrainingsKey> = { es, en };
