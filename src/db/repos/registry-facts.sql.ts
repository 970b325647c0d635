/**
 * The registry as rows an indicator statement can read: one row per person in the scope (not
 * merged), with her facts as an `answers` JSON object shaped like a decoded survey response, so
 * the same compiled SQL serves surveys and the registry (domain/surveys/registry-facts.ts
 * describes the facts; docs/indicators.md documents them). Dates are "today" in Peru, passed in.
 *
 * Per person: current board seat (a membership with a role other than member, open today),
 * any consent given and not withdrawn by today, and her sales of the last 12 months
 * (sold_on in (today − 12 months, today]): the sum paid and how many were paid below the
 * reference by more than the installation's threshold. Programmes: whether she attended a
 * training session, holds a valid certificate, and received protective equipment in 12 months.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { PeopleScope } from '../../services/registry/ports.ts';
import { scopeCondition } from './people.repo.ts';

const yesNo = (condition: SQL) => sql`CASE WHEN ${condition} THEN 'yes' ELSE 'no' END`;

/** `(id, row_key, answers, meta)` for the people of a scope. */
export function registryFactsSource(opts: { scope: PeopleScope; today: string; discountThreshold: number }): SQL {
  const today = sql`${opts.today}::date`;
  const age = sql`date_part('year', age(${today}, p.birth_date))`;
  return sql`
    SELECT p.id, p.id::text AS row_key, '{}'::jsonb AS meta, jsonb_build_object(
      'profile', to_jsonb(p.profiles),
      'region', left(p.district, 2),
      'sex', p.sex,
      'age_band', CASE WHEN p.birth_date IS NULL THEN NULL WHEN ${age} < 18 THEN 'under_18' WHEN ${age} < 30 THEN '18-29'
                       WHEN ${age} < 45 THEN '30-44' WHEN ${age} < 60 THEN '45-59' ELSE '60+' END,
      'in_selectors_registry', ${yesNo(sql`p.selectors_registry_code IS NOT NULL`)},
      'reinfo', ${yesNo(sql`p.reinfo_code IS NOT NULL AND coalesce(p.reinfo_status, 'valid') = 'valid'`)},
      'board_member', ${yesNo(sql`EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id AND m.role <> 'member'
                                    AND m.from_date <= ${today} AND (m.to_date IS NULL OR m.to_date >= ${today}))`)},
      'consent_on_file', ${yesNo(sql`EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id AND c.given_on <= ${today}
                                       AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ${today}))`)},
      'income_12m_pen', coalesce(s.paid_cents, 0) / 100.0,
      'sales_flagged_12m', coalesce(s.flagged, 0),
      'trained', ${yesNo(sql`EXISTS (SELECT 1 FROM training_attendance a WHERE a.person_id = p.id AND a.present)`)},
      'certified', ${yesNo(sql`EXISTS (SELECT 1 FROM training_certificates c WHERE c.person_id = p.id AND c.voided_at IS NULL)`)},
      'ppe_12m', ${yesNo(sql`EXISTS (SELECT 1 FROM ppe_distributions d WHERE d.person_id = p.id
                              AND d.distributed_on > ${today} - interval '12 months' AND d.distributed_on <= ${today})`)}
    ) AS answers
    FROM people p
    LEFT JOIN LATERAL (
      SELECT sum(x.paid_cents) AS paid_cents, count(*) FILTER (WHERE x.discount > ${opts.discountThreshold}) AS flagged
      FROM sales x WHERE x.seller_person_id = p.id AND x.sold_on > ${today} - interval '12 months' AND x.sold_on <= ${today}
    ) s ON TRUE
    WHERE p.merged_into_id IS NULL AND ${scopeCondition(opts.scope)}`;
}
