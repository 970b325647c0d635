/**
 * /verify/CODE: the page a loan officer reaches from a statement's QR code. Rendered on the
 * server with no script, no login and nothing from another site; it shows the status in large
 * letters, the issuer, the dates and the totals, and the woman's initials only.
 */
import type { VerificationOutput } from '../contracts/statements.ts';

const escapeHtml = (text: unknown): string =>
  String(text ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const TEXT = {
  es: {
    title: 'Verificación de constancia de ingresos', valid: 'VÁLIDA', voided: 'ANULADA', unknown: 'No existe una constancia con ese código.',
    holder: 'Titular (iniciales)', issuer: 'Emitida por', recipient: 'Destinataria', issued: 'Fecha de emisión', voidedOn: 'Anulada el',
    period: 'Periodo', sales: 'Ventas', fineGold: 'Oro fino (g)', paid: 'Ingresos recibidos (S/)', monthly: 'Ingreso mensual promedio (S/)',
    note: 'Esta página muestra solo totales. Los registros de venta no se publican.', other: 'English',
  },
  en: {
    title: 'Income statement verification', valid: 'VALID', voided: 'VOIDED', unknown: 'There is no statement with this code.',
    holder: 'Holder (initials)', issuer: 'Issued by', recipient: 'Recipient', issued: 'Issued on', voidedOn: 'Voided on',
    period: 'Period', sales: 'Sales', fineGold: 'Fine gold (g)', paid: 'Income received (PEN)', monthly: 'Average monthly income (PEN)',
    note: 'This page shows totals only. The sale records are not published.', other: 'Español',
  },
} as const;

const money = (n: number) => n.toLocaleString('es-PE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function renderVerificationPage(v: VerificationOutput | null, lang: 'es' | 'en'): string {
  const text = TEXT[lang];
  const rows: [string, string][] = v
    ? [
        [text.holder, v.initials], [text.issuer, v.issuer_name], ...(v.recipient_name ? [[text.recipient, v.recipient_name] as [string, string]] : []),
        [text.issued, v.issued_at.slice(0, 10)], ...(v.voided_at ? [[text.voidedOn, v.voided_at.slice(0, 10)] as [string, string]] : []),
        [text.period, `${v.period_from} — ${v.period_to}`], [text.sales, String(v.totals.sales)], [text.fineGold, String(v.totals.fine_gold_g)],
        [text.paid, money(v.totals.paid_pen)], [text.monthly, money(v.totals.monthly_average_income_pen)],
      ]
    : [];
  const status = v ? `<p class="status ${v.status}">${escapeHtml(v.status === 'valid' ? text.valid : text.voided)}</p>` : `<p class="status voided">${escapeHtml(text.unknown)}</p>`;
  const table = rows.map(([k, value]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(value)}</td></tr>`).join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(text.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:1rem auto;padding:0 1rem;color:#1d1d1d}
.status{font-size:2rem;font-weight:700;padding:.5rem 1rem;border-radius:.5rem}.valid{background:#e3f4e6;color:#0f5d22}.voided{background:#fbe4e4;color:#8a1c1c}
th{text-align:left;font-weight:400;color:#555;padding:.25rem 1rem .25rem 0}td{font-weight:600}small{color:#555}</style></head>
<body><h1>${escapeHtml(text.title)}</h1>${status}<table>${table}</table><p><small>${escapeHtml(text.note)}</small></p>
<p><a href="?lang=${lang === 'es' ? 'en' : 'es'}">${escapeHtml(text.other)}</a></p></body></html>`;
}
