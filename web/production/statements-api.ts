/**
 * Calls for income statements and production reports, on the production chunk's request helper
 * (same-origin cookie, CSRF token on writes, problem+json errors). Downloads are plain links to
 * the same API paths, so the browser saves or prints the file itself.
 */
import type { z } from 'zod';
import type { Items, Organisation } from '../api/types.ts';
import type { BuyerReport, ProductionReport, ReportDimension } from '../../src/contracts/production-reports.ts';
import type { StatementOutput, StatementRequest } from '../../src/contracts/statements.ts';
import { request } from './production-api.ts';

export type Statement = StatementOutput;
export type NewStatement = z.input<typeof StatementRequest>;
export type { BuyerReport, ProductionReport, ReportDimension };

/** Kinds that lend or hold savings: offered first as a statement's recipient. */
const LENDER_KINDS = ['financial_institution', 'cooperative'] as const;

export interface ReportFilter {
  by: ReportDimension;
  from?: string;
  to?: string;
}

export const reportQuery = (f: Partial<ReportFilter>, format?: 'csv' | 'xlsx'): string =>
  new URLSearchParams(Object.entries({ ...f, ...(format ? { format } : {}) }).filter(([, v]) => v) as [string, string][]).toString();

export const statementsApi = {
  list: (personId: string) => request<Items<Statement>>('GET', `/api/statements?person_id=${encodeURIComponent(personId)}`),
  issue: (input: NewStatement) => request<{ statement: Statement }>('POST', '/api/statements', input),
  pdfUrl: (id: string) => `/api/statements/${encodeURIComponent(id)}/pdf`,
  async listLenders(): Promise<Organisation[]> {
    const lists = await Promise.all(LENDER_KINDS.map((kind) => request<Items<Organisation>>('GET', `/api/organisations?kind=${kind}`)));
    return lists.flatMap((l) => l.items).sort((a, b) => a.name.localeCompare(b.name));
  },
  production: (f: ReportFilter) => request<ProductionReport>('GET', `/api/reports/production?${reportQuery(f)}`),
  buyers: (f: Omit<ReportFilter, 'by'>) => request<BuyerReport>('GET', `/api/reports/buyers?${reportQuery(f)}`),
};
