/**
 * Binds every repository to a Drizzle database or transaction: the Store that services use.
 */
import { sql } from 'drizzle-orm';
import type { Repos, Store } from '../services/ports.ts';
import type { Db } from './client.ts';
import { apiKeysRepo } from './repos/api-keys.repo.ts';
import { arcoRepo } from './repos/arco.repo.ts';
import { auditRepo } from './repos/audit.repo.ts';
import { deferredAuditRepo, standaloneAuditRepo } from './deferred-audit.ts';
import { organisationsRepo } from './repos/organisations.repo.ts';
import { placesRepo } from './repos/places.repo.ts';
import { consentsRepo } from './repos/consents.repo.ts';
import { duplicatesRepo } from './repos/duplicates.repo.ts';
import { membershipsRepo } from './repos/memberships.repo.ts';
import { peopleRepo } from './repos/people.repo.ts';
import { sitesRepo } from './repos/sites.repo.ts';
import { pricesRepo } from './repos/prices.repo.ts';
import { statementsRepo } from './repos/statements.repo.ts';
import { productionReportsRepo } from './repos/production-reports.repo.ts';
import { surveysRepo } from './repos/surveys.repo.ts';
import { surveyIndicatorsRepo } from './repos/survey-indicators.repo.ts';
import { lotsRepo } from './repos/lots.repo.ts';
import { salesRepo } from './repos/sales.repo.ts';
import { registryOrganisationsRepo } from './repos/registry-organisations.repo.ts';
import { trainingsRepo } from './repos/trainings.repo.ts';
import { plansRepo } from './repos/plans.repo.ts';
import { protectionRepo } from './repos/protection.repo.ts';
import { mercuryRepo } from './repos/mercury.repo.ts';
import { referralsRepo } from './repos/referrals.repo.ts';
import { savingsRepo } from './repos/savings.repo.ts';
import { totpFactorsRepo } from './repos/totp-factors.repo.ts';
import { servicePointsRepo } from './repos/service-points.repo.ts';
import { trainingCertificatesRepo } from './repos/training-certificates.repo.ts';
import { trainingReportsRepo } from './repos/training-reports.repo.ts';
import { loginFailuresRepo, sessionsRepo, setupTokensRepo, usersRepo } from './repos/users.repo.ts';

export function bindRepos(db: Db): Repos {
  return {
    users: usersRepo(db),
    sessions: sessionsRepo(db),
    loginFailures: loginFailuresRepo(db),
    apiKeys: apiKeysRepo(db),
    setupTokens: setupTokensRepo(db),
    organisations: organisationsRepo(db),
    audit: auditRepo(db),
    arco: arcoRepo(db),
    places: placesRepo(db),
    people: peopleRepo(db),
    consents: consentsRepo(db),
    memberships: membershipsRepo(db),
    orgs: registryOrganisationsRepo(db),
    duplicates: duplicatesRepo(db),
    sites: sitesRepo(db),
    prices: pricesRepo(db),
    statements: statementsRepo(db),
    trainings: trainingsRepo(db),
    plans: plansRepo(db),
    protection: protectionRepo(db),
    mercury: mercuryRepo(db),
    referrals: referralsRepo(db),
    savings: savingsRepo(db),
    totpFactors: totpFactorsRepo(db),
    servicePoints: servicePointsRepo(db),
    certificates: trainingCertificatesRepo(db),
    trainingReports: trainingReportsRepo(db),
    productionReports: productionReportsRepo(db),
    surveys: surveysRepo(db),
    surveyIndicators: surveyIndicatorsRepo(db),
    lots: lotsRepo(db),
    sales: salesRepo(db),
  };
}

export function createStore(db: Db): Store {
  return {
    repos: { ...bindRepos(db), audit: standaloneAuditRepo(db) },
    transaction: (work) => db.transaction(async (tx) => {
      // Audit rows are appended last, so the chain's lock is held only until the commit that follows.
      const audit = deferredAuditRepo(tx as unknown as Db);
      const result = await work({ ...bindRepos(tx as unknown as Db), audit });
      await audit.flush();
      return result;
    }),
    ping: async () => {
      await db.execute(sql`SELECT 1`);
    },
  };
}
