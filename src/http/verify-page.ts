/**
 * /verify/CODE: the one page every document's QR code opens — an income statement (a loan
 * officer checking it) or a training certificate. Rendered on the server with no script, no
 * login and nothing from another site; it shows the status in large letters, the issuer, the
 * dates and, for a statement, the totals; the person's name as initials only.
 */
import type { CertificateVerification, DocumentVerification, StatementVerification } from '../contracts/verification.ts';

const escapeHtml = (text: unknown): string =>
  String(text ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const TEXT = {
  es: {
    title: 'Verificación de constancia de ingresos', valid: 'VÁLIDA', voided: 'ANULADA',
    holder: 'Titular (iniciales)', issuer: 'Emitida por', recipient: 'Destinataria', issued: 'Fecha de emisión', voidedOn: 'Anulada el',
    period: 'Periodo', sales: 'Ventas', fineGold: 'Oro fino (g)', paid: 'Ingresos recibidos (S/)', monthly: 'Ingreso mensual promedio (S/)',
    note: 'Esta página muestra solo totales. Los registros de venta no se publican.', other: 'English',
    unknownDocument: 'No existe un documento con ese código.', documentTitle: 'Verificación de documento',
  },
  en: {
    title: 'Income statement verification', valid: 'VALID', voided: 'VOIDED',
    holder: 'Holder (initials)', issuer: 'Issued by', recipient: 'Recipient', issued: 'Issued on', voidedOn: 'Voided on',
    period: 'Period', sales: 'Sales', fineGold: 'Fine gold (g)', paid: 'Income received (PEN)', monthly: 'Average monthly income (PEN)',
    note: 'This page shows totals only. The sale records are not published.', other: 'Español',
    unknownDocument: 'There is no document with this code.', documentTitle: 'Document verification',
  },
} as const;

/** "Certificado" is masculine in Spanish: VÁLIDO / ANULADO. */
const CERTIFICATE_TEXT = {
  es: {
    title: 'Verificación de certificado de capacitación', valid: 'VÁLIDO', voided: 'ANULADO', holder: 'Titular (iniciales)',
    programme: 'Programa', issued: 'Fecha de emisión', issuer: 'Emitido por', voidedOn: 'Anulado el',
    note: 'Esta página muestra solo el programa y la fecha. Los datos personales no se publican.',
  },
  en: {
    title: 'Training certificate verification', valid: 'VALID', voided: 'VOIDED', holder: 'Holder (initials)',
    programme: 'Programme', issued: 'Issued on', issuer: 'Issued by', voidedOn: 'Voided on',
    note: 'This page shows the programme and the date only. Personal data are not published.',
  },
} as const;

/** The page's only style sheet; the Content-Security-Policy allows exactly this text by its hash. */
export const VERIFY_PAGE_STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:1rem auto;padding:0 1rem;color:#1d1d1d}
.status{font-size:2rem;font-weight:700;padding:.5rem 1rem;border-radius:.5rem}.valid{background:#e3f4e6;color:#0f5d22}.voided{background:#fbe4e4;color:#8a1c1c}
th{text-align:left;font-weight:400;color:#555;padding:.25rem 1rem .25rem 0}td{font-weight:600}small{color:#555}`;

const money = (n: number) => n.toLocaleString('es-PE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

type Rows = [string, string][];

function statementRows(v: StatementVerification, lang: 'es' | 'en'): Rows {
  const text = TEXT[lang];
  return [
    [text.holder, v.initials], [text.issuer, v.issuer_name], ...(v.recipient_name ? [[text.recipient, v.recipient_name] as [string, string]] : []),
    [text.issued, v.issued_at.slice(0, 10)], ...(v.voided_at ? [[text.voidedOn, v.voided_at.slice(0, 10)] as [string, string]] : []),
    [text.period, `${v.period_from} — ${v.period_to}`], [text.sales, String(v.totals.sales)], [text.fineGold, String(v.totals.fine_gold_g)],
    [text.paid, money(v.totals.paid_pen)], [text.monthly, money(v.totals.monthly_average_income_pen)],
  ];
}

function certificateRows(v: CertificateVerification, lang: 'es' | 'en'): Rows {
  const text = CERTIFICATE_TEXT[lang];
  return [
    [text.holder, v.initials], [text.programme, v.programme_name], [text.issued, v.issued_on], [text.issuer, v.issuer_name],
    ...(v.voided_at ? [[text.voidedOn, v.voided_at.slice(0, 10)] as [string, string]] : []),
  ];
}

/** The page for a found document, or (v null) the not-found page. */
export function renderVerificationPage(v: DocumentVerification | null, lang: 'es' | 'en'): string {
  const words = !v ? { title: TEXT[lang].documentTitle, valid: '', voided: '', note: '' } : v.kind === 'income_statement' ? TEXT[lang] : CERTIFICATE_TEXT[lang];
  const rows = !v ? [] : v.kind === 'income_statement' ? statementRows(v, lang) : certificateRows(v, lang);
  const status = v ? `<p class="status ${v.status}">${escapeHtml(v.status === 'valid' ? words.valid : words.voided)}</p>` : `<p class="status voided">${escapeHtml(TEXT[lang].unknownDocument)}</p>`;
  const table = rows.map(([k, value]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(value)}</td></tr>`).join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(words.title)}</title>
<style>${VERIFY_PAGE_STYLE}</style></head>
<body><h1>${escapeHtml(words.title)}</h1>${status}<table>${table}</table>${words.note ? `<p><small>${escapeHtml(words.note)}</small></p>` : ''}
<p><a href="?lang=${lang === 'es' ? 'en' : 'es'}">${escapeHtml(TEXT[lang].other)}</a></p></body></html>`;
}
