import { describe, expect, it } from 'vitest';
import { OnePagePdf, wrapText } from './pdf.ts';

describe('OnePagePdf', () => {
  it('writes a cross-reference table whose offsets point at each object', () => {
    const bytes = new OnePagePdf().text(50, 800, 'Constancia: señora Ñaupa (¿válida?)').rect(10, 10, 5, 5).toBuffer({ title: 'Título', producer: 'Pallay' });
    const text = bytes.toString('latin1');
    const xrefAt = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(7);
    offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
  });

  it('encodes Spanish letters as WinAnsi, escapes parentheses and replaces what the font cannot show', () => {
    const text = new OnePagePdf().text(0, 0, 'año (ñ) \\ 金').toBuffer({ title: 't', producer: 'p' }).toString('latin1');
    expect(text).toContain('(a\u00f1o \\(\u00f1\\) \\\\ ?) Tj');
  });

  it('puts what is drawn after newPage() on a page of its own', () => {
    const pdf = new OnePagePdf().text(50, 800, 'uno').newPage().text(50, 800, 'dos');
    const text = pdf.toBuffer({ title: 't', producer: 'p' }).toString('latin1');
    expect(pdf.pageCount).toBe(2);
    expect(text).toContain('/Count 2');
    const streams = [...text.matchAll(/stream\n([\s\S]*?)\nendstream/g)].map((m) => m[1]);
    expect(streams).toHaveLength(2);
    expect(streams[0]).toContain('(uno)');
    expect(streams[1]).toContain('(dos)');
  });
});

describe('wrapText', () => {
  it('breaks at spaces without exceeding the width', () => {
    const lines = wrapText('uno dos tres cuatro cinco seis', 9);
    expect(lines).toEqual(['uno dos', 'tres', 'cuatro', 'cinco', 'seis']);
  });
});
