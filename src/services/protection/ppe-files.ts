/**
 * Protective-equipment lists as CSV/XLSX downloads: the hand-outs (one row per item line, so a
 * spreadsheet can sum quantities per item) and an organisation's stock on hand. The rows are
 * the ones the JSON routes return to the same caller — rights are applied before, in
 * distributions.service.ts and stock.service.ts.
 */
import type { DistributionOutput, StockList } from '../../contracts/protection.ts';
import { recordsFile, type FileFormat, type TableFile } from '../files/table-file.ts';

const DISTRIBUTION_COLUMNS = ['distributed_on', 'person_name', 'item_name', 'quantity', 'source', 'organisation_id', 'person_id', 'distribution_id'];
const STOCK_COLUMNS = ['item_key', 'item_name', 'received', 'distributed', 'on_hand'];

/** One row per item handed out, newest hand-out first (the order of the list). */
export function distributionRows(distributions: readonly DistributionOutput[]): Record<string, unknown>[] {
  return distributions.flatMap((d) => d.items.map((line) => ({
    distributed_on: d.distributed_on, person_name: d.person_name, item_name: line.item_name, quantity: line.quantity,
    source: d.source, organisation_id: d.organisation_id, person_id: d.person_id, distribution_id: d.id,
  })));
}

export function distributionsFile(distributions: readonly DistributionOutput[], format: FileFormat): Promise<TableFile> {
  return recordsFile(distributionRows(distributions), { columns: DISTRIBUTION_COLUMNS, name: 'pallay-ppe-distributions', sheet: 'distributions', format });
}

export function stockFile(stock: StockList, format: FileFormat): Promise<TableFile> {
  return recordsFile(stock.items, { columns: STOCK_COLUMNS, name: `pallay-ppe-stock-${stock.organisation_id}`, sheet: 'stock', format });
}
