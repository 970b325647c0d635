/**
 * A tiny PDF writer: text in the standard Helvetica fonts and filled rectangles (enough for an
 * income statement with its QR code), on one page or, with `newPage()`, on several (a plan's
 * progress report). The standard fonts need no embedding, so a
 * statement is a few kilobytes — it is printed in a caja's office or sent over a 2G link.
 *
 * Text is encoded as WinAnsi (Latin-1 for Spanish: á, ñ, ¿, ¡ …); a character outside it
 * prints as "?" rather than breaking the file.
 */
const A4 = { width: 595.28, height: 841.89 };

export interface TextOptions {
  size?: number;
  bold?: boolean;
  /** Grey level 0 (black) to 1 (white). */
  grey?: number;
}

function winAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    const byte = code < 0x20 ? 0x20 : code <= 0xff ? code : 0x3f;
    const c = String.fromCharCode(byte);
    out += c === '\\' || c === '(' || c === ')' ? `\\${c}` : c;
  }
  return out;
}

const num = (n: number): string => (Math.round(n * 100) / 100).toString();

/** Approximate Helvetica width (average glyph ≈ 0.5 em), for right-aligning and wrapping. */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.55 : 0.5);
}

/** Splits text into lines of at most `maxChars` characters, at spaces. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export class OnePagePdf {
  readonly width = A4.width;
  readonly height = A4.height;
  private ops: string[] = [];
  private readonly pages: string[][] = [this.ops];

  /** Starts a new page; what is drawn next goes on it. */
  newPage(): this {
    this.ops = [];
    this.pages.push(this.ops);
    return this;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** Draws text with its baseline at (x, y), measured from the bottom-left corner. */
  text(x: number, y: number, text: string, opts: TextOptions = {}): this {
    const font = opts.bold ? '/F2' : '/F1';
    this.ops.push(`${num(opts.grey ?? 0)} g BT ${font} ${num(opts.size ?? 10)} Tf ${num(x)} ${num(y)} Td (${winAnsi(text)}) Tj ET`);
    return this;
  }

  rect(x: number, y: number, width: number, height: number, grey = 0): this {
    this.ops.push(`${num(grey)} g ${num(x)} ${num(y)} ${num(width)} ${num(height)} re f`);
    return this;
  }

  line(x1: number, y1: number, x2: number, y2: number, grey = 0.6): this {
    this.ops.push(`${num(grey)} G 0.5 w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
    return this;
  }

  /** Serialises the pages: catalog, pages, two fonts, each page and its content stream, info, cross-reference table. */
  toBuffer(info: { title: string; producer: string }): Buffer {
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [${this.pages.map((_, i) => `${5 + 2 * i} 0 R`).join(' ')}] /Count ${this.pages.length} >>`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    ];
    this.pages.forEach((ops, i) => {
      const content = ops.join('\n');
      objects.push(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(A4.width)} ${num(A4.height)}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`,
        `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
      );
    });
    objects.push(`<< /Title (${winAnsi(info.title)}) /Producer (${winAnsi(info.producer)}) >>`);
    let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
    const offsets: number[] = [];
    objects.forEach((object, i) => {
      offsets.push(Buffer.byteLength(body, 'latin1'));
      body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    });
    const xref = Buffer.byteLength(body, 'latin1');
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
    body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(body, 'latin1');
  }
}
