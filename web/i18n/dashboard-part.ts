/**
 * The catalog part of the indicators dashboard: Spanish and English together, imported only by
 * the dashboard chunk (web/dashboard/routes.tsx), which adds it with `addCatalogPart`.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-dashboard.ts';
import { messages as es, type DashboardKey } from './es-dashboard.ts';

export const dashboardPart: CatalogPart<DashboardKey> = { es, en };
