/**
 * The printable training certificate: one A4 page in Spanish (or English) with her name, the
 * programme, the modules attended, the issuer and date, and a QR code and a code to type that
 * open the same public verification page as income statements.
 */
import type { CertificateOutput } from '../../contracts/trainings.ts';
import { OnePagePdf, textWidth, wrapText } from '../files/pdf.ts';
import { drawQr } from '../files/qr.ts';
import { groupedCode } from '../verification/codes.ts';

const TEXT = {
  es: {
    title: 'CERTIFICADO', granted: 'Se otorga el presente certificado a', completed: 'por haber completado el programa de capacitación',
    modules: (a: number, t: number) => `Asistió a ${a} de ${t} módulos.`, issuer: 'Emitido por', issuedOn: 'Fecha de emisión',
    verify: 'Verifique este certificado', verifyHint: 'Escanee el código QR o ingrese el código en', code: 'Código', voided: 'ANULADO',
    footnote: 'Sin validez si la página de verificación no dice VÁLIDO.',
  },
  en: {
    title: 'CERTIFICATE', granted: 'This certificate is awarded to', completed: 'for completing the training programme',
    modules: (a: number, t: number) => `Attended ${a} of ${t} modules.`, issuer: 'Issued by', issuedOn: 'Issued on',
    verify: 'Verify this certificate', verifyHint: 'Scan the QR code or type the code at', code: 'Code', voided: 'VOIDED',
    footnote: 'Not valid unless the verification page says VALID.',
  },
} as const;

export function renderCertificatePdf(c: CertificateOutput, lang: 'es' | 'en' = 'es'): Buffer {
  const text = TEXT[lang];
  const pdf = new OnePagePdf();
  const centre = (y: number, line: string, size: number, bold = false) => pdf.text((pdf.width - textWidth(line, size, bold)) / 2, y, line, { size, bold });
  let y = pdf.height - 140;
  centre(y, text.title, 30, true);
  if (c.status === 'voided') pdf.text(pdf.width - 150, pdf.height - 60, text.voided, { size: 16, bold: true, grey: 0.35 });
  y -= 60;
  centre(y, text.granted, 12);
  y -= 36;
  centre(y, c.person_name, 22, true);
  y -= 36;
  centre(y, text.completed, 12);
  y -= 30;
  for (const line of wrapText(c.programme_name, 48)) {
    centre(y, line, 18, true);
    y -= 24;
  }
  y -= 8;
  centre(y, text.modules(c.modules_attended, c.modules_total), 11);
  y -= 40;
  centre(y, `${text.issuer}: ${c.issuer_name}`, 11);
  y -= 18;
  centre(y, `${text.issuedOn}: ${c.issued_on}`, 11);

  const left = 56;
  const qrSize = 110;
  const qrY = 90;
  pdf.line(left, qrY + qrSize + 16, pdf.width - left, qrY + qrSize + 16);
  drawQr(pdf, c.verify_url, pdf.width - left - qrSize, qrY, qrSize);
  pdf.text(left, qrY + qrSize - 8, text.verify, { size: 12, bold: true });
  pdf.text(left, qrY + qrSize - 28, text.verifyHint, { size: 9 });
  pdf.text(left, qrY + qrSize - 42, c.verify_url.replace(/\/verify\/.*$/, '/verify'), { size: 9 });
  pdf.text(left, qrY + qrSize - 66, `${text.code}: ${groupedCode(c.code)}`, { size: 13, bold: true });
  pdf.text(left, 64, text.footnote, { size: 7, grey: 0.3 });
  return pdf.toBuffer({ title: `${text.title} — ${c.programme_name}`, producer: 'Pallay' });
}
