/**
 * An association's (or network's) list of its women's sales paid further below the reference
 * than the threshold: the report a leader takes to a buyer or a plant. Named sales, so only
 * staff who can see those women read it (not analysts, who see aggregates only).
 */
import type { FlaggedSale } from '../../contracts/production-reports.ts';
import { authorize } from '../../domain/auth/actor.ts';
import { forbidden } from '../../domain/errors.ts';
import { peopleReach } from '../../domain/registry/access.ts';
import { productionSettings, type CallContext, type ServiceDeps } from '../deps.ts';
import { assertCanActInOrganisation } from '../registry/people-access.ts';
import { toSaleOutputs } from './sale-output.ts';
import { mapInOrder } from '../../domain/shared/in-order.ts';

export const FLAGGED_SALES_LIMIT = 200;

export async function flaggedSales(deps: ServiceDeps, ctx: CallContext, query: { organisation_id?: string; from?: string; to?: string }): Promise<FlaggedSale[]> {
  authorize(ctx.actor, 'production.read');
  const reach = peopleReach(ctx.actor);
  if (reach !== 'everyone' && reach !== 'subtree') throw forbidden('Only staff see the flagged sales of an organisation');
  const { repos } = deps.store;
  const organisationId = query.organisation_id ?? ctx.actor.organisationId;
  if (organisationId) await assertCanActInOrganisation(repos, ctx.actor, organisationId);
  const threshold = productionSettings(deps).discountThreshold;
  const organisationIds = organisationId ? await repos.organisations.subtreeIds(organisationId) : null;
  const ids = await repos.productionReports.flaggedSaleIds({ from: query.from, to: query.to, organisationIds, discountThreshold: threshold }, FLAGGED_SALES_LIMIT);
  const records = (await mapInOrder(ids, (id) => repos.sales.findById(id))).filter((s) => s !== undefined);
  const sales = await toSaleOutputs(repos, records, threshold);
  return mapInOrder(sales, async (sale) => {
    const person = sale.seller_person_id ? await repos.people.findById(sale.seller_person_id) : undefined;
    const seller = person ? `${person.given_names} ${person.paternal_surname} ${person.maternal_surname}`.trim() : (await repos.orgs.findById(sale.seller_organisation_id!))?.name ?? '';
    return { seller_name: seller, sale };
  });
}
