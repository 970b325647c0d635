/**
 * The data copy as a PDF: every section with its rows as "field: value" lines, on as many A4
 * pages as it takes. Plain and complete rather than pretty: it is a legal answer, printed or
 * read on a phone.
 */
import type { DataCopy } from '../../contracts/arco.ts';
import { OnePagePdf, wrapText } from '../files/pdf.ts';

const MARGIN = 50;
const LINE = 12;

class Cursor {
  private y: number;
  constructor(readonly pdf: OnePagePdf) {
    this.y = pdf.height - MARGIN;
  }
  write(text: string, opts: { size?: number; bold?: boolean; indent?: number } = {}): void {
    const size = opts.size ?? 9;
    for (const line of wrapText(text, Math.floor((this.pdf.width - 2 * MARGIN - (opts.indent ?? 0)) / (size * 0.5)))) {
      if (this.y < MARGIN) {
        this.pdf.newPage();
        this.y = this.pdf.height - MARGIN;
      }
      this.pdf.text(MARGIN + (opts.indent ?? 0), this.y, line, { size, bold: opts.bold ?? false });
      this.y -= size + 3;
    }
  }
  gap(): void {
    this.y -= LINE / 2;
  }
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function dataCopyPdf(copy: DataCopy): Buffer {
  const pdf = new OnePagePdf();
  const at = new Cursor(pdf);
  at.write('Copia de sus datos personales / Copy of your personal data', { size: 14, bold: true });
  at.write(`Persona / Person: ${copy.person_id}`);
  at.write(`Generado / Generated: ${copy.generated_at}`);
  at.write('Ley 29733, art. 19 (derecho de acceso / right of access)');
  for (const notice of copy.notices) at.write(notice, { size: 8 });
  for (const [name, rows] of Object.entries(copy.sections)) {
    at.gap();
    at.write(`${name} (${rows.length})`, { size: 11, bold: true });
    rows.forEach((row, i) => {
      at.write(`#${i + 1}`, { bold: true, indent: 8 });
      for (const [field, value] of Object.entries(row)) at.write(`${field}: ${show(value)}`, { indent: 16 });
    });
  }
  return pdf.toBuffer({ title: 'Copia de datos personales', producer: 'Pallay' });
}
