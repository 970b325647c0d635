/**
 * The printable income statement: one A4 page a woman can take to a caja or a cooperative, in
 * Spanish (or English), with a QR code and a code to type that open the public verification
 * page. The page shows totals only; the sales behind them stay in the ledger.
 */
import type { StatementOutput } from '../../contracts/statements.ts';
import { OnePagePdf, wrapText } from '../files/pdf.ts';
import { drawQr } from '../files/qr.ts';
import { groupedCode } from './statement-view.ts';

const TEXT = {
  es: {
    title: 'Constancia de ingresos por venta de mineral', name: 'Nombre', document: 'Documento', period: 'Periodo',
    issuer: 'Emitida por', issuedAt: 'Fecha de emisión', recipient: 'Destinataria', none: 'La titular (uso propio)',
    totals: 'Resumen del periodo', lots: 'Lotes de mineral', lotsKg: 'Mineral seleccionado (kg)', sales: 'Ventas', soldKg: 'Mineral vendido (kg)',
    fineGold: 'Oro fino estimado (g)', paid: 'Ingresos recibidos (S/)', reference: 'Valor de referencia neto (S/)',
    monthly: 'Ingreso mensual promedio (S/)', months: 'Meses del periodo', above: 'Ventas pagadas con descuento mayor a', byMonth: 'Ingresos por mes',
    month: 'Mes', savings: 'Ahorro en grupo de ahorro en el periodo (S/)', verify: 'Verifique esta constancia', verifyHint: 'Escanee el código QR o ingrese el código en', code: 'Código',
    voided: 'ANULADA', footnote: 'Valores de referencia: precio internacional del oro y tipo de cambio de la fecha de cada venta. Sin validez si la página de verificación no dice VÁLIDA.',
  },
  en: {
    title: 'Income statement from ore sales', name: 'Name', document: 'Document', period: 'Period',
    issuer: 'Issued by', issuedAt: 'Issued on', recipient: 'Recipient', none: 'The holder (own use)',
    totals: 'Summary of the period', lots: 'Ore lots', lotsKg: 'Ore selected (kg)', sales: 'Sales', soldKg: 'Ore sold (kg)',
    fineGold: 'Estimated fine gold (g)', paid: 'Income received (PEN)', reference: 'Net reference value (PEN)',
    monthly: 'Average monthly income (PEN)', months: 'Months in the period', above: 'Sales paid at a discount above', byMonth: 'Income by month',
    month: 'Month', savings: 'Savings-group savings in the period (PEN)', verify: 'Verify this statement', verifyHint: 'Scan the QR code or type the code at', code: 'Code',
    voided: 'VOIDED', footnote: 'Reference values: international gold price and exchange rate on the date of each sale. Not valid unless the verification page says VALID.',
  },
} as const;

const money = (n: number) => n.toLocaleString('es-PE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const amount = (n: number) => n.toLocaleString('es-PE', { maximumFractionDigits: 3 });

export function renderStatementPdf(statement: StatementOutput, document: string | null): Buffer {
  const text = TEXT[statement.language];
  const t = statement.totals;
  const pdf = new OnePagePdf();
  const left = 56;
  let y = pdf.height - 72;
  const row = (label: string, value: string, opts: { bold?: boolean } = {}) => {
    pdf.text(left, y, label, { size: 10, grey: 0.25 }).text(left + 250, y, value, { size: 10, bold: opts.bold });
    y -= 16;
  };

  pdf.text(left, y, text.title, { size: 16, bold: true });
  if (statement.status === 'voided') pdf.text(pdf.width - 160, y, text.voided, { size: 16, bold: true, grey: 0.35 });
  y -= 30;
  row(text.name, statement.person_name, { bold: true });
  if (document) row(text.document, document);
  row(text.period, `${statement.period_from} — ${statement.period_to}`);
  row(text.issuer, statement.issuer_name);
  row(text.issuedAt, statement.issued_at.slice(0, 10));
  row(text.recipient, statement.recipient?.name ?? text.none);
  y -= 10;
  pdf.text(left, y, text.totals, { size: 12, bold: true });
  y -= 20;
  row(text.months, String(t.months));
  row(text.lots, String(t.lots));
  row(text.lotsKg, amount(t.lots_weight_kg));
  row(text.sales, String(t.sales));
  row(text.soldKg, amount(t.sold_weight_kg));
  row(text.fineGold, amount(t.fine_gold_g));
  row(text.paid, money(t.paid_pen), { bold: true });
  row(text.monthly, money(t.monthly_average_income_pen), { bold: true });
  row(text.reference, money(t.net_reference_pen));
  row(`${text.above} ${Math.round(t.discount_threshold * 100)}%`, `${t.sales_above_threshold} / ${t.sales}`);
  if (t.savings_pen !== null) row(text.savings, money(t.savings_pen));
  if (t.by_month.length) {
    y -= 10;
    pdf.text(left, y, text.byMonth, { size: 12, bold: true });
    y -= 20;
    for (const m of t.by_month.slice(0, 18)) row(`${text.month} ${m.month}`, `${money(m.paid_pen)}  (${m.sales})`);
  }

  const qrSize = 110;
  const qrY = 90;
  pdf.line(left, qrY + qrSize + 16, pdf.width - left, qrY + qrSize + 16);
  drawQr(pdf, statement.verify_url, pdf.width - left - qrSize, qrY, qrSize);
  pdf.text(left, qrY + qrSize - 8, text.verify, { size: 12, bold: true });
  pdf.text(left, qrY + qrSize - 28, text.verifyHint, { size: 9 });
  pdf.text(left, qrY + qrSize - 42, statement.verify_url.replace(/\/verify\/.*$/, '/verify'), { size: 9 });
  pdf.text(left, qrY + qrSize - 66, `${text.code}: ${groupedCode(statement.code)}`, { size: 13, bold: true });
  wrapText(text.footnote, 120).forEach((line, i) => pdf.text(left, 64 - i * 10, line, { size: 7, grey: 0.3 }));
  return pdf.toBuffer({ title: text.title, producer: 'Pallay' });
}
