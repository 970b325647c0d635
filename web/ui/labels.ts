/**
 * Catalog labels for the closed sets of values the API sends (roles, UBIGEO levels).
 * Each switch is exhaustive over its type, so adding a role or a level to the API types fails
 * the type check here until it has a catalog label.
 */
import type { PlaceLevel, Role } from '../api/types.ts';
import { t } from '../i18n/i18n.ts';

export function roleLabel(role: Role): string {
  switch (role) {
    case 'admin':
      return t('role.admin');
    case 'coordinator':
      return t('role.coordinator');
    case 'association_leader':
      return t('role.association_leader');
    case 'promoter':
      return t('role.promoter');
    case 'member':
      return t('role.member');
    case 'analyst':
      return t('role.analyst');
    case 'partner':
      return t('role.partner');
    case 'case_worker':
      return t('role.case_worker');
    case 'health_worker':
      return t('role.health_worker');
    case 'case_supervisor':
      return t('role.case_supervisor');
  }
}

export function levelLabel(level: PlaceLevel): string {
  switch (level) {
    case 'department':
      return t('places.level.department');
    case 'province':
      return t('places.level.province');
    case 'district':
      return t('places.level.district');
  }
}
