/**
 * One service point as a card: name, kind, distance when known (approximate when measured from
 * its district's capital), address, and a call button per phone. Shared by the help pages and a
 * mining site's page, so both say the same thing the same way.
 */
import type { NearestService } from '../../src/contracts/services-directory.ts';
import { t } from '../i18n/i18n.ts';
import { kindLabel } from './service-kinds.ts';
import './services.css';

export type { NearestService };

export function ServiceCard({ s }: { s: NearestService }) {
  const km = s.distance_km;
  return (
    <li class="service-card">
      <strong>{s.name}</strong>
      <span>{kindLabel(s.kind)}{km != null && ` · ${t(s.located_by === 'coordinates' ? 'services.km' : 'services.approx', { km })}`}</span>
      {s.address && <span>{s.address}</span>}
      {s.phones.map((phone) => (
        <a key={phone} class="service-call" href={`tel:${phone}`}>📞 {t('services.call', { phone })}</a>
      ))}
    </li>
  );
}
