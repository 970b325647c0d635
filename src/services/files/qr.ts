/**
 * A QR code drawn as filled squares on a OnePagePdf: the one place documents (income
 * statements, training certificates) draw the QR that opens their public verification page.
 * Error correction M: readable from a creased or smudged paper.
 */
import qrcode from 'qrcode-generator';
import type { OnePagePdf } from './pdf.ts';

/** Draws the QR of `url` with its lower-left corner at (x, y), `size` points square. */
export function drawQr(pdf: OnePagePdf, url: string, x: number, y: number, size: number): void {
  const qr = qrcode(0, 'M');
  qr.addData(url);
  qr.make();
  const count = qr.getModuleCount();
  const cell = size / count;
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.isDark(row, col)) pdf.rect(x + col * cell, y + size - (row + 1) * cell, cell + 0.05, cell + 0.05);
    }
  }
}
