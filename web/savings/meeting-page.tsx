/**
 * `/savings/cycles/:id/meeting`: the treasurer records a meeting on her phone, usually with no
 * network. The cycle (rules, book, balances) comes from the copy kept on the phone once it was
 * opened online. She ticks attendance, enters each member's shares and money, counts the cash;
 * the screen shows the cash the box should hold and the difference, and warns of rules broken
 * (ledger code shared with the server, meeting-checks.ts). "Save" stores the meeting in the
 * outbox (IndexedDB) with ids made once, then tries to send it; its state stays on screen.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { onLinkClick } from '../app/router.ts';
import { t } from '../i18n/i18n.ts';
import { keepLoadedAssetsOffline } from '../offline/keep-offline.ts';
import { queueItem } from '../offline/outbox.ts';
import { syncOutbox } from '../offline/sync.ts';
import { uuidv7 } from '../offline/uuidv7.ts';
import { ErrorSummary, Notice } from '../ui/form.tsx';
import { problemText } from '../ui/problem-text.ts';
import { formatDate, Freshness } from './freshness.tsx';
import { CashBox } from './cash-box.tsx';
import { checkMeeting, type LineWarning } from './meeting-checks.ts';
import { draftLines, emptyDraft, meetingRequest, unreadableAmounts, type MeetingDraft, type MemberDraft } from './meeting-draft.ts';
import { MemberCard } from './member-card.tsx';
import { parseSoles } from './money.ts';
import { SavedMeetings } from './saved-meetings.tsx';
import { loadCycleSet, MEETING_KIND, MEETINGS_URL } from './savings-api.ts';
import { pendingMeetings, useCycleOutbox } from './use-outbox-items.ts';
import { useOnline } from '../offline/use-online.ts';
import { useLoaded } from './use-loaded.ts';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const DATE_CODES = new Set(['date.out_of_order', 'date.invalid', 'cycle.closed']);
const warningText = (w: LineWarning) => problemText({ path: w.field, message: w.code, code: w.code });

export function MeetingPage({ cycleId, owner }: { cycleId: string; owner: string }) {
  const { loaded, error, reload } = useLoaded(() => loadCycleSet(owner, cycleId), [owner, cycleId]);
  const { items, isSyncing, sendNow } = useCycleOutbox(owner, cycleId);
  const isOnline = useOnline();
  const [draft, setDraft] = useState<MeetingDraft | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(keepLoadedAssetsOffline, []);
  const members = loaded ? loaded.value.group.members.filter((m) => !m.left_on) : [];
  useEffect(() => {
    if (loaded && !draft) setDraft(emptyDraft(today(), members.map((m) => m.person_id)));
  }, [loaded]);
  // The server took a meeting after this copy was loaded: load fresh balances (online only).
  const hasNewerOnServer = loaded !== null && !loaded.isFromCache && items.some((i) => i.state === 'synced' && (i.synced_at ?? '') > loaded.synced_at);
  useEffect(() => {
    if (hasNewerOnServer && isOnline) reload();
  }, [hasNewerOnServer, isOnline]);

  const check = useMemo(() => {
    if (!loaded || !draft) return null;
    const { report, meetings } = loaded.value;
    const lastMeeting = meetings.meetings.map((m) => m.held_on).sort().at(-1);
    const lines = draftLines(draft, members.map((m) => m.person_id), report.rules);
    return checkMeeting({ report, lastMeeting, pending: pendingMeetings(items, loaded.synced_at), heldOn: draft.heldOn, lines });
  }, [loaded, draft, items]);

  if (error) return <ErrorSummary error={error} />;
  if (!loaded || !draft || !check) return <p class="loading">{t('app.loading')}</p>;
  const { report, group } = loaded.value;
  const names = new Map(group.members.map((m) => [m.person_id, m.name]));
  const balances = new Map(report.members.map((m) => [m.person_id, m]));
  const unreadable = unreadableAmounts(draft);
  const byMember = new Map<string, Partial<Record<keyof MemberDraft, string>>>();
  for (const w of check.warnings.filter((x) => !DATE_CODES.has(x.code))) byMember.set(w.personId, { ...byMember.get(w.personId), [w.field]: warningText(w) });
  for (const u of unreadable) byMember.set(u.personId, { ...byMember.get(u.personId), [u.field]: t('savings.notAmount') });
  const dateWarning = check.warnings.find((w) => DATE_CODES.has(w.code));
  const problems = check.warnings.length + unreadable.length;

  const edit = (next: MeetingDraft) => {
    setDraft(next);
    setIsConfirming(false);
    setNotice(null);
    setSaveError(null);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (unreadable.length || parseSoles(draft.cashCounted) === null) return setSaveError(t('savings.fixAmounts'));
    if (check.warnings.length && !isConfirming) return setIsConfirming(true);
    const body = meetingRequest({ cycleId, draft, memberOrder: members.map((m) => m.person_id), rules: report.rules, newId: () => uuidv7() });
    try {
      await queueItem({ id: uuidv7(), kind: MEETING_KIND, owner, method: 'POST', url: MEETINGS_URL, body });
    } catch {
      return setSaveError(t('savings.notStored'));
    }
    setDraft(emptyDraft(draft.heldOn, members.map((m) => m.person_id)));
    setIsConfirming(false);
    setNotice(t('savings.storedOnPhone', { date: formatDate(body.held_on) }));
    void syncOutbox();
  };

  return (
    <section class="savings-meeting">
      <p>
        <a href={`/savings/groups/${group.group.id}`} onClick={onLinkClick}>{group.group.name}</a>
      </p>
      <h1>{t('savings.meetingTitle')}</h1>
      <p class={isOnline ? 'muted' : 'savings-offline'} data-testid="connection">{isOnline ? t('savings.online') : t('savings.offline')}</p>
      <Freshness loaded={loaded} />
      <SavedMeetings items={items} names={names} isSyncing={isSyncing} onSendNow={sendNow} />
      <Notice text={notice} />
      <form onSubmit={save} noValidate>
        <div class="field">
          <label for="held_on">{t('savings.date')}</label>
          <input id="held_on" type="date" value={draft.heldOn} min={report.rules.starts_on} max={report.rules.ends_on} onInput={(e) => edit({ ...draft, heldOn: e.currentTarget.value })} />
          {dateWarning && <p class="field-error">{warningText(dateWarning)}</p>}
        </div>
        <ul class="savings-members">
          {members.map((m) => (
            <MemberCard
              key={m.person_id} personId={m.person_id} name={m.name} number={m.member_number} draft={draft.members[m.person_id]!} rules={report.rules}
              savingsCents={balances.get(m.person_id)?.savings_cents ?? 0} owedCents={balances.get(m.person_id)?.loans_outstanding_cents ?? 0}
              warnings={byMember.get(m.person_id) ?? {}} onChange={(next) => edit({ ...draft, members: { ...draft.members, [m.person_id]: next } })}
            />
          ))}
        </ul>
        <CashBox opening={check.openingCash} computed={check.computedCash} counted={draft.cashCounted} onCounted={(v) => edit({ ...draft, cashCounted: v })} />
        {saveError && <p class="alert" role="alert">{saveError}</p>}
        {isConfirming && (
          <div class="alert" role="alert" data-testid="confirm-warnings">
            <p>{t('savings.warningsFound', { count: problems })}</p>
          </div>
        )}
        <button type="submit" class="primary">{isConfirming ? t('savings.saveAnyway') : t('savings.save')}</button>
      </form>
    </section>
  );
}
