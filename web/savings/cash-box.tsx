/**
 * The cash box at the end of the meeting: what it held before, what it should hold now (both
 * bags, loan fund and social fund, as the ledger computes them), the cash counted, and the
 * difference. A difference is shown as it is, never adjusted: the server records it too.
 */
import { t } from '../i18n/i18n.ts';
import { formatSoles, parseSoles } from './money.ts';

interface Props {
  opening: number;
  computed: number;
  counted: string;
  onCounted: (value: string) => void;
}

export function CashBox({ opening, computed, counted, onCounted }: Props) {
  const countedCents = parseSoles(counted);
  const difference = typeof countedCents === 'number' ? countedCents - computed : undefined;
  return (
    <section class="card savings-cash" data-testid="cash-box">
      <h2>{t('savings.cashBox')}</h2>
      <dl class="savings-funds">
        <div><dt>{t('savings.cashBefore')}</dt><dd>{formatSoles(opening)}</dd></div>
        <div><dt>{t('savings.cashComputed')}</dt><dd data-testid="cash-computed">{formatSoles(computed)}</dd></div>
      </dl>
      <div class="field">
        <label for="cash_counted">{t('savings.cashCounted')}</label>
        <input id="cash_counted" inputMode="decimal" autoComplete="off" value={counted} aria-invalid={countedCents === null ? 'true' : undefined} onInput={(e) => onCounted(e.currentTarget.value)} />
        {countedCents === null && <p class="field-error">{t('savings.notAmount')}</p>}
      </div>
      {difference !== undefined && (
        <p class={difference === 0 ? 'notice' : 'alert'} data-testid="cash-difference">
          {difference === 0 ? t('savings.cashMatches') : t('savings.cashDifference', { amount: formatSoles(difference) })}
        </p>
      )}
    </section>
  );
}
