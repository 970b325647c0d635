/**
 * `/sync`, for promoters and association leaders: what waits on this phone and what was sent
 * (every outbox item with its state and, when refused, the server's reason in her language),
 * "send now", the data kept for working with no signal (when it was last synced, its size,
 * what was left on the server) with a way to update it, a warning when the browser refused
 * persistent storage, and the kept people with the way to record their lots and sales.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PersonSummary } from '../api/types.ts';
import type { LotOutput } from '../../src/contracts/production.ts';
import { t } from '../i18n/i18n.ts';
import { Notice } from '../ui/form.tsx';
import { LOT_KIND, lotOfBody, peopleOnPhone } from './field-records.ts';
import { FieldPeople, fullName } from './field-people.tsx';
import { takeFieldNotice } from './field-queue.ts';
import { rememberedStorageAnswer } from './field-storage.ts';
import { keptPart, PEOPLE_LIMIT, type FieldSetSummary } from './field-working-set.ts';
import { OutboxList } from './outbox-list.tsx';
import { resendOutboxItem } from './outbox.ts';
import { syncOutbox } from './sync.ts';
import { formatBytes, formatWhen, useFieldSummary, useOutbox } from './use-field.ts';
import { useOnline } from './use-online.ts';

function KeptData({ summary, isRefreshing, hasFailed, isOnline, onRefresh }: {
  summary: FieldSetSummary | null; isRefreshing: boolean; hasFailed: boolean; isOnline: boolean; onRefresh: () => void;
}) {
  const c = summary?.counts;
  return (
    <section class="card" data-testid="kept-data">
      <h2>{t('field.kept')}</h2>
      {!summary || !c ? <p>{t('field.neverSynced')}</p> : (
        <>
          <p data-testid="last-synced">{t('field.lastSynced', { when: formatWhen(summary.synced_at) })}</p>
          <p data-testid="kept-size">{t('field.size', { size: formatBytes(summary.bytes) })}</p>
          <p class="muted">{t('field.counts', { people: c.people, lots: c.lots, sites: c.sites, places: c.places, prices: c.prices })}</p>
          {summary.truncated.length > 0 && <p class="alert">{t('field.truncated', { limit: PEOPLE_LIMIT })}</p>}
        </>
      )}
      {hasFailed && <p class="alert" role="alert">{t('field.refreshFailed')}</p>}
      {isOnline && (
        <button type="button" class="secondary" disabled={isRefreshing} onClick={onRefresh}>
          {isRefreshing ? t('field.refreshing') : t('field.refresh')}
        </button>
      )}
    </section>
  );
}

export function SyncPage({ owner }: { owner: string }) {
  const items = useOutbox(owner);
  const isOnline = useOnline();
  const { summary, isRefreshing, hasFailed, refresh } = useFieldSummary(owner);
  const [notice] = useState(takeFieldNotice);
  const [isSyncing, setIsSyncing] = useState(false);
  const [kept, setKept] = useState<{ people: PersonSummary[]; lots: LotOutput[] }>({ people: [], lots: [] });
  useEffect(() => {
    let isCurrent = true;
    void Promise.all([keptPart(owner, 'people'), keptPart(owner, 'lots')]).then(([people, lots]) => isCurrent && setKept({ people, lots }));
    return () => {
      isCurrent = false;
    };
  }, [owner, summary?.synced_at]);

  const people = useMemo(() => peopleOnPhone(kept.people, items), [kept, items]);
  const owners = useMemo(() => {
    const queuedLots = items.filter((i) => i.kind === LOT_KIND).map((i) => lotOfBody(i.body as Parameters<typeof lotOfBody>[0], i.created_at));
    return {
      names: new Map(people.map((p) => [p.id, fullName(p)])),
      lotOwners: new Map([...kept.lots, ...queuedLots].flatMap((l) => (l.owner_person_id ? [[l.id, l.owner_person_id] as const] : []))),
    };
  }, [people, kept, items]);

  const sendNow = () => {
    setIsSyncing(true);
    void syncOutbox().finally(() => setIsSyncing(false));
  };
  const sendAgain = (id: string) => void resendOutboxItem(id).then(sendNow);

  return (
    <section class="field-page">
      <h1>{t('field.title')}</h1>
      <p>{t('field.intro')}</p>
      <p class={isOnline ? 'muted' : 'field-offline'} data-testid="connection">{isOnline ? t('field.online') : t('field.offline')}</p>
      <Notice text={notice} />
      {rememberedStorageAnswer() === 'refused' && <p class="alert" data-testid="storage-warning">{t('field.storageRefused')}</p>}
      <OutboxList items={items} owners={owners} isSyncing={isSyncing} onSendNow={sendNow} onSendAgain={sendAgain} />
      <KeptData summary={summary} isRefreshing={isRefreshing} hasFailed={hasFailed} isOnline={isOnline} onRefresh={refresh} />
      <FieldPeople people={people} />
    </section>
  );
}
