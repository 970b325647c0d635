/**
 * The confidential referral screens' catalog part: Spanish and English together, imported only
 * by their lazy chunk (web/referrals/routes.tsx), which adds them with `addCatalogPart` before
 * rendering.
 */
import type { CatalogPart } from './catalog.ts';
import { messages as en } from './en-referrals.ts';
import { messages as es, type ReferralsKey } from './es-referrals.ts';

export const referralsPart: CatalogPart<ReferralsKey> = { es, en };
