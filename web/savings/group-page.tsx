/**
 * `/savings/groups/:id`: a savings group's book (members in order, with each one's shares,
 * savings and loans in the open cycle), its officers, its cycles, and the open cycle's funds;
 * the way to record a meeting of the open cycle. Kept on the phone like the list. Each cycle
 * links to its group report (on screen and as files) and each member to her statement for the
 * open cycle (or the last one, when none is open).
 */
import { onLinkClick } from '../app/router.ts';
import { t, type MessageKey } from '../i18n/i18n.ts';
import { ErrorSummary } from '../ui/form.tsx';
import { formatDate, Freshness } from './freshness.tsx';
import { formatSoles } from './money.ts';
import { CycleReports, StatementLinks } from './report-links.tsx';
import { loadGroupSet, type GroupSet } from './savings-api.ts';
import { useLoaded } from './use-loaded.ts';

const ROLE_KEYS: Record<string, MessageKey> = {
  chair: 'savings.role.chair', treasurer: 'savings.role.treasurer', secretary: 'savings.role.secretary',
  key_holder: 'savings.role.key_holder', money_counter: 'savings.role.money_counter',
};

function Funds({ open }: { open: NonNullable<GroupSet['open']> }) {
  const rows: [MessageKey, string][] = [
    ['savings.fund', formatSoles(open.fund_cents)],
    ['savings.loanFundCash', formatSoles(open.loan_fund_cash_cents)],
    ['savings.loansOutstanding', formatSoles(open.loans_outstanding_cents)],
    ['savings.socialFund', formatSoles(open.social_fund_cents)],
    ['savings.totalShares', String(open.total_shares)],
  ];
  return (
    <dl class="savings-funds" data-testid="funds">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** `ownPersonOnly`: when set (a member's view), statement links show on her own row only. */
export function GroupPage({ groupId, owner, ownPersonOnly }: { groupId: string; owner: string; ownPersonOnly?: string }) {
  const { loaded, error } = useLoaded(() => loadGroupSet(owner, groupId), [owner, groupId]);
  if (error) return <ErrorSummary error={error} />;
  if (!loaded) return <p class="loading">{t('app.loading')}</p>;
  const { group, open } = loaded.value;
  const names = new Map(group.members.map((m) => [m.person_id, m.name]));
  const balances = new Map((open?.members ?? []).map((m) => [m.person_id, m]));
  const openCycle = [...group.cycles].reverse().find((c) => !c.closed);
  const statementCycle = openCycle ?? group.cycles[group.cycles.length - 1];
  return (
    <section>
      <p>
        <a href="/savings" onClick={onLinkClick}>{t('savings.back')}</a>
      </p>
      <h1>{group.group.name}</h1>
      <Freshness loaded={loaded} />
      {openCycle && (
        <p>
          <a class="savings-action" href={`/savings/cycles/${openCycle.id}/meeting`} onClick={onLinkClick}>{t('savings.recordMeeting')}</a>
        </p>
      )}
      {open && openCycle && (
        <>
          <h2>{t('savings.openCycle', { from: formatDate(openCycle.starts_on), to: formatDate(openCycle.ends_on) })}</h2>
          <Funds open={open} />
        </>
      )}
      <h2>{t('savings.members')}</h2>
      <div class="savings-scroll">
        <table class="savings-table" data-testid="members">
          <thead>
            <tr><th>#</th><th>{t('savings.member')}</th><th>{t('savings.shares')}</th><th>{t('savings.savings')}</th><th>{t('savings.loans')}</th>{statementCycle && <th>{t('savings.statement')}</th>}</tr>
          </thead>
          <tbody>
            {group.members.map((m) => {
              const b = balances.get(m.person_id);
              return (
                <tr key={m.person_id}>
                  <td>{m.member_number}</td><td>{m.name}</td><td>{b?.shares ?? 0}</td>
                  <td>{formatSoles(b?.savings_cents ?? 0)}</td><td>{formatSoles(b?.loans_outstanding_cents ?? 0)}</td>
                  {statementCycle && (
                    <td>{(ownPersonOnly === undefined || ownPersonOnly === m.person_id) && <StatementLinks cycleId={statementCycle.id} personId={m.person_id} name={m.name} />}</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>{t('savings.officers')}</h2>
      {group.officers.length === 0 && <p class="muted">{t('savings.noOfficers')}</p>}
      <ul class="list">
        {group.officers.filter((o) => !o.to_date).map((o) => (
          <li class="item" key={o.id}>{`${ROLE_KEYS[o.role] ? t(ROLE_KEYS[o.role]!) : o.role}: ${names.get(o.person_id) ?? ''}`}</li>
        ))}
      </ul>
      <h2>{t('savings.cycles')}</h2>
      <ul class="list">
        {group.cycles.map((c) => (
          <li class="item" key={c.id}>
            <span>{`${formatDate(c.starts_on)} – ${formatDate(c.ends_on)} · ${t('savings.shareValue', { value: formatSoles(c.share_value_cents) })}`}</span>
            <span class="muted">{c.closed ? t('savings.cycleClosed') : t('savings.cycleOpen')}</span>
            <CycleReports cycleId={c.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}
