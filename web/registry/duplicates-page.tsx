/**
 * Duplicate review (`/duplicates`): pairs of records that may be the same woman, side by side,
 * with the scorer's reasons in words. Merging keeps both records (the merged one stays for
 * history) and moves memberships and consents to the one kept; "distinct" is never asked again.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DuplicateDecision, DuplicatePair, PersonSummary } from '../api/types.ts';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { ErrorSummary, Notice } from '../ui/form.tsx';
import { fullName } from './format.ts';
import { PROFILE_LABELS, reasonLabel } from './labels.ts';
import { usePlaceLabels } from './lookups.ts';
import { registryApi } from './registry-api.ts';


function Side({ tag, person, district }: { tag: string; person: PersonSummary; district: string | undefined }) {
  return (
    <div class="side">
      <p class="side-tag">{tag}</p>
      <a href={`/people/${person.id}`} onClick={onLinkClick}>{fullName(person)}</a>
      <p>{person.district ? (district ?? person.district) : t('person.noDistrict')}</p>
      <p>{person.id_number_last3 ? t('person.dniEnding', { digits: person.id_number_last3 }) : t('person.noDni')}</p>
      <p class="muted">{person.profiles.map((p) => t(PROFILE_LABELS[p])).join(', ')}</p>
    </div>
  );
}

interface PairProps {
  pair: DuplicatePair;
  places: Record<string, string>;
  isBusy: boolean;
  onDecide: (pair: DuplicatePair, decision: DuplicateDecision) => void;
}

function PairCard({ pair, places, isBusy, onDecide }: PairProps) {
  const { a, b } = pair;
  return (
    <li class="pair">
      <p>
        <strong>{pair.band === 'match' ? t('duplicates.strength.match') : t('duplicates.strength.possible')}</strong>{' '}
        <span class="muted">({t('duplicates.score', { score: pair.score })})</span>
      </p>
      <ul class="reasons">
        {pair.reasons.map((r) => <li key={r}>{reasonLabel(r)}</li>)}
      </ul>
      <div class="sides">
        <Side tag={t('duplicates.a')} person={a} district={a.district ? places[a.district] : undefined} />
        <Side tag={t('duplicates.b')} person={b} district={b.district ? places[b.district] : undefined} />
      </div>
      <div class="actions">
        <button type="button" class="secondary" disabled={isBusy}
          onClick={() => onDecide(pair, { decision: 'merge', keep_id: a.id })}>{t('duplicates.keepA')}</button>
        <button type="button" class="secondary" disabled={isBusy}
          onClick={() => onDecide(pair, { decision: 'merge', keep_id: b.id })}>{t('duplicates.keepB')}</button>
        <button type="button" class="secondary" disabled={isBusy}
          onClick={() => onDecide(pair, { decision: 'distinct' })}>{t('duplicates.distinct')}</button>
      </div>
    </li>
  );
}

export function DuplicatesPage() {
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const places = usePlaceLabels(pairs?.flatMap((p) => [p.a.district, p.b.district]) ?? []);

  const load = () => registryApi.listDuplicates().then(setPairs, setError);
  useEffect(() => void load(), []);

  const decide = async (pair: DuplicatePair, decision: DuplicateDecision) => {
    const kept = decision.keep_id === pair.a.id ? pair.a : pair.b;
    const question = decision.decision === 'distinct'
      ? t('duplicates.distinctConfirm', { a: fullName(pair.a), b: fullName(pair.b) })
      : t('duplicates.mergeConfirm', { name: fullName(kept) });
    if (!confirm(question)) return;
    setBusyId(pair.id);
    setError(null);
    try {
      await registryApi.decideDuplicate(pair.id, decision);
      setNotice(decision.decision === 'distinct' ? t('duplicates.markedDistinct') : t('duplicates.merged', { name: fullName(kept) }));
      await load();
    } catch (err) {
      setError(err);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section class="card">
      <h1>{t('duplicates.title')}</h1>
      <p>{t('duplicates.intro')}</p>
      <Notice text={notice} />
      <ErrorSummary error={error} />
      {pairs === null && !error && <p class="loading">{t('app.loading')}</p>}
      {pairs?.length === 0 && <p>{t('duplicates.none')}</p>}
      {pairs && pairs.length > 0 && (
        <ul class="list">
          {pairs.map((pair) => (
            <PairCard key={pair.id} pair={pair} places={places} isBusy={busyId !== null} onDecide={(p, d) => void decide(p, d)} />
          ))}
        </ul>
      )}
    </section>
  );
}
