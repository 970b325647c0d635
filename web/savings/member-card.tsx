/**
 * One member's line of the meeting on a phone: a large attendance tick, the shares she buys
 * (− / + buttons, between the cycle's minimum and maximum), the social-fund contribution, and
 * behind "More" a fine, a repayment (interest first, then principal), a loan and a social-fund
 * grant. A rule the phone can check shows its warning right under the field it concerns.
 */
import { t } from '../i18n/i18n.ts';
import type { DraftRules, MemberDraft } from './meeting-draft.ts';
import { formatSoles } from './money.ts';

type Field = keyof MemberDraft;

interface Props {
  personId: string;
  name: string;
  number: number;
  draft: MemberDraft;
  rules: DraftRules & { min_shares_per_meeting: number; max_shares_per_meeting: number; share_value_cents: number };
  /** Balances before the meeting (as the phone knows them). */
  savingsCents: number;
  owedCents: number;
  /** Warning sentences by field. */
  warnings: Partial<Record<Field, string>>;
  onChange: (next: MemberDraft) => void;
}

function Amount(p: { id: string; label: string; value: string; warning: string | undefined; onInput: (v: string) => void }) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <input id={p.id} inputMode="decimal" autoComplete="off" value={p.value} aria-invalid={p.warning ? 'true' : undefined} onInput={(e) => p.onInput(e.currentTarget.value)} />
      {p.warning && <p class="field-error">{p.warning}</p>}
    </div>
  );
}

export function MemberCard({ personId, name, number, draft, rules, savingsCents, owedCents, warnings, onChange }: Props) {
  const set = <K extends Field>(field: K, value: MemberDraft[K]) => onChange({ ...draft, [field]: value });
  const id = (field: string) => `${field}-${personId}`;
  const hasMore = Boolean(draft.fineCode || draft.fineAmount || draft.interest || draft.principal || draft.loan || draft.grant);
  const stepTo = (n: number) => set('shares', Math.max(0, Math.min(99, n)));
  return (
    <li class="savings-member" data-testid={`member-${personId}`}>
      <label class="savings-present">
        <input type="checkbox" name="present" checked={draft.present} onChange={(e) => set('present', e.currentTarget.checked)} />
        <span>{`${number}. ${name}`}</span>
      </label>
      <p class="hint">{t('savings.memberBalance', { savings: formatSoles(savingsCents), owed: formatSoles(owedCents) })}</p>
      <div class="savings-shares" role="group" aria-label={t('savings.sharesToday')}>
        <span>{t('savings.sharesToday')}</span>
        <button type="button" class="secondary" aria-label={t('savings.lessShares')} onClick={() => stepTo(draft.shares - 1)}>−</button>
        <output name="shares" aria-live="polite">{draft.shares}</output>
        <button type="button" class="secondary" aria-label={t('savings.moreShares')} onClick={() => stepTo(draft.shares === 0 ? rules.min_shares_per_meeting : draft.shares + 1)}>+</button>
      </div>
      <p class="hint">
        {t('savings.sharesRule', { min: rules.min_shares_per_meeting, max: rules.max_shares_per_meeting, value: formatSoles(rules.share_value_cents) })}
      </p>
      {warnings.shares && <p class="field-error">{warnings.shares}</p>}
      {rules.social_fund_cents !== null ? (
        <label class="choice">
          <input type="checkbox" name="socialFund" checked={draft.socialFund} onChange={(e) => set('socialFund', e.currentTarget.checked)} />
          {t('savings.socialFundPaid', { amount: formatSoles(rules.social_fund_cents) })}
        </label>
      ) : (
        <Amount id={id('socialFundAmount')} label={t('savings.socialFundAmount')} value={draft.socialFundAmount} warning={warnings.socialFundAmount} onInput={(v) => set('socialFundAmount', v)} />
      )}
      {warnings.socialFund && <p class="field-error">{warnings.socialFund}</p>}
      <details open={hasMore}>
        <summary>{t('savings.more')}</summary>
        {rules.fines.length > 0 ? (
          <div class="field">
            <label for={id('fineCode')}>{t('savings.fine')}</label>
            <select id={id('fineCode')} value={draft.fineCode} onChange={(e) => set('fineCode', e.currentTarget.value)}>
              <option value="">{t('savings.noFine')}</option>
              {rules.fines.map((f) => <option key={f.code} value={f.code}>{`${f.code} (${formatSoles(f.amount)})`}</option>)}
            </select>
            {warnings.fineCode && <p class="field-error">{warnings.fineCode}</p>}
          </div>
        ) : (
          <Amount id={id('fineAmount')} label={t('savings.fine')} value={draft.fineAmount} warning={warnings.fineAmount} onInput={(v) => set('fineAmount', v)} />
        )}
        <p class="hint">{t('savings.interestFirst')}</p>
        <Amount id={id('interest')} label={t('savings.repaymentInterest')} value={draft.interest} warning={warnings.interest} onInput={(v) => set('interest', v)} />
        <Amount id={id('principal')} label={t('savings.repaymentPrincipal')} value={draft.principal} warning={warnings.principal} onInput={(v) => set('principal', v)} />
        <Amount id={id('loan')} label={t('savings.loan')} value={draft.loan} warning={warnings.loan} onInput={(v) => set('loan', v)} />
        <Amount id={id('grant')} label={t('savings.grant')} value={draft.grant} warning={warnings.grant} onInput={(v) => set('grant', v)} />
      </details>
    </li>
  );
}
