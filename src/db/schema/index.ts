/** Every table of the Drizzle schema, one file per module. */
export * from './accounts.ts';
export * from './audit.ts';
export * from './places.ts';
export * from './production.ts';
export * from './registry.ts';
export * from './sites.ts';
export * from './surveys.ts';
export * from './trainings.ts';
export * from './plans.ts';
export * from './protection-equipment.ts';
export * from './mercury.ts';
export * from './services-directory.ts';
export * from './referrals.ts';
export * from './savings.ts';
