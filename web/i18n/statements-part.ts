/**
 * The catalog part of income statements and production reports: Spanish and English together,
 * imported only by their screens in the production chunk, which add it with `addCatalogPart`.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-statements.ts';
import { messages as es, type StatementsKey } from './es-statements.ts';

export const statementsPart: CatalogPart<StatementsKey> = { es, en };
