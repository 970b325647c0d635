/**
 * The fixed vocabularies of a referral as the screens show them: the six GBVIMS core incident
 * types in the contract's order, consent methods, statuses and service kinds, each with its
 * catalog key. Kept as plain tables here (not imported from the contract) so the chunk carries
 * no zod; labels.test.ts checks they match the contract.
 */
import type { MessageKey } from '../i18n/i18n.ts';
import type { ReferralOutput } from './referrals-api.ts';

type IncidentType = ReferralOutput['incident_type'];
type ConsentMethod = NonNullable<ReferralOutput['consent']>['method'];
type Status = ReferralOutput['status'];
type ServiceKind = ReferralOutput['services'][number]['kind'];

/** In the contract's order: the order of the form's choices and of the statistics' rows. */
export const TYPE_LABELS: Record<IncidentType, MessageKey> = {
  rape: 'referral.type.rape',
  sexual_assault: 'referral.type.sexual_assault',
  physical_assault: 'referral.type.physical_assault',
  forced_marriage: 'referral.type.forced_marriage',
  denial_of_resources: 'referral.type.denial_of_resources',
  psychological_abuse: 'referral.type.psychological_abuse',
};

export const METHOD_LABELS: Record<ConsentMethod, MessageKey> = {
  verbal: 'referral.method.verbal',
  written: 'referral.method.written',
  thumbprint: 'referral.method.thumbprint',
};

export const STATUS_LABELS: Record<Status, MessageKey> = {
  open: 'referral.status.open',
  in_progress: 'referral.status.in_progress',
  closed: 'referral.status.closed',
};

export const KIND_LABELS: Record<ServiceKind, MessageKey> = {
  cem: 'referral.kind.cem',
  line_100: 'referral.kind.line_100',
  police: 'referral.kind.police',
  health: 'referral.kind.health',
  shelter: 'referral.kind.shelter',
  legal_aid: 'referral.kind.legal_aid',
  network_contact: 'referral.kind.network_contact',
  other: 'referral.kind.other',
};

export const INCIDENT_TYPES = Object.keys(TYPE_LABELS) as IncidentType[];
export const CONSENT_METHODS = Object.keys(METHOD_LABELS) as ConsentMethod[];

/** "2026-02-10" → "10/02/2026", the way dates read in Peru. */
export const dayOf = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');
