/**
 * How the production screens word the server's rule codes for lots and sales
 * (src/domain/production/ledger-rules.ts, the lots and sales services) from the production
 * catalog part. Added with `addProblemTexts` together with that part, so a key is never shown
 * before its text is loaded. Date rules are worded per field so the registry's wordings stay.
 */
import { t } from '../i18n/i18n.ts';
import type { ProblemWording } from '../ui/problem-text.ts';
import { formatNumber } from './format.ts';

const num = (v: string | number | undefined) => formatNumber(Number(v ?? 0));

export const PRODUCTION_PROBLEM_TEXTS: Record<string, ProblemWording> = {
  'grade.confirm_high': (p) => t('check.gradeConfirm', { limit: num(p.limit) }),
  'grade.too_high': (p) => t('check.gradeTooHigh', { limit: num(p.limit) }),
  'grade.zero': 'check.gradeZero',
  'lot.weight_or_bags': 'check.weightOrBags',
  'weight_kg:zod.too_small': 'check.weightPositive',
  'lot.below_sold': (p) => t('check.belowSold', { kg: num(p.sold_kg) }),
  'lot.status_follows_sales': 'check.statusFollowsSales',
  'lot.not_enough_ore': (p) => t('check.notEnoughOre', { kg: num(p.remaining) }),
  'lot.unknown': 'check.lotUnknown',
  'lot.listed_twice': 'check.lotTwice',
  'lot.other_owner': 'check.lotOtherOwner',
  'sale.grade_or_fine_gold': 'check.gradeOrFineGold',
  'sale.gold_missing': 'check.goldMissing',
  'sale.grade_required': 'check.gradeRequired',
  'sale.recovery_required': 'check.recoveryRequired',
  'recovery:zod.too_big': 'check.recoveryRange',
  'recovery:zod.too_small': 'check.recoveryRange',
  'paid_pen:zod.custom': 'check.paidPositive',
  'paid_pen:zod.too_small': 'check.paidPositive',
  'sale.before_season': (p) => t('check.beforeSeason', { date: String(p.season_from ?? '') }),
  'sale.paid_beyond_reference': 'check.paidBeyondReference',
  'price.none_before': (p) => t('check.noPrice', { date: String(p.date ?? '') }),
  'site.unknown': 'check.siteUnknown',
  'ledger.one_owner': 'check.oneOwner',
  'production.own_records_only': 'check.ownRecordsOnly',
  'sold_on:date.in_future': 'check.notFuture',
  'season_from:date.in_future': 'check.notFuture',
  'season_to:date.in_future': 'check.notFuture',
  'season_to:period.ends_before_start': 'check.seasonOrder',
};
