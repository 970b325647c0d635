/**
 * Turns the bytes of an uploaded text table into a string, whatever the office computer saved.
 *
 * Promoters export lists from Excel on Spanish-locale Windows, which writes CSV in Windows-1252
 * ("ANSI", a superset of Latin-1) unless told otherwise, sometimes UTF-8 with a BOM, and for
 * "Texto Unicode" UTF-16 with a BOM. Decoding must never turn "Ñaupari" into "�aupari" silently:
 * bytes that are not valid UTF-8 are read as Windows-1252 and the result says so, so the caller
 * can tell the user which encoding was assumed. Pure.
 */
import { AppError } from '../../errors.ts';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as (after any BOM). */
  encoding: TextEncoding;
}

/**
 * Decodes a text file: strips a UTF-8 BOM, decodes UTF-16 when it starts with its BOM, reads
 * anything else as UTF-8 and falls back to Windows-1252 when the bytes are not valid UTF-8.
 * Throws VALIDATION_FAILED for binary data (NUL bytes), which no table export contains.
 * @example decodeText(new Uint8Array([0xd1, 0x61])) // { text: 'Ña', encoding: 'windows-1252' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  const result: DecodedText = utf16
    ? { text: new TextDecoder(utf16, { ignoreBOM: false }).decode(bytes), encoding: utf16 }
    : decodeUtf8OrWindows1252(bytes);
  if (result.text.includes('\u0000')) {
    throw new AppError('VALIDATION_FAILED', 'The file is not a text table: it contains binary data (NUL bytes). Save it as CSV or XLSX.', {
      details: [{ path: 'file', code: 'file.binary', message: 'contains NUL bytes' }],
    });
  }
  return result;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function decodeUtf8OrWindows1252(bytes: Uint8Array): DecodedText {
  try {
    // ignoreBOM: false means the decoder consumes a leading UTF-8 BOM instead of returning it.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's letters at 0x80–0x9F (€, curly quotes, Š, Ž…); 0 marks the five unused bytes. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * By hand, because Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control
 * characters instead of Windows-1252's letters (fixed only in later Node releases).
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] || b : b));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** Human words for an encoding, for messages such as "read as Windows-1252 (Latin-1)". */
export function describeEncoding(encoding: TextEncoding): string {
  const names: Record<TextEncoding, string> = {
    'utf-8': 'UTF-8',
    'windows-1252': 'Windows-1252 (Latin-1), because it is not valid UTF-8',
    'utf-16le': 'UTF-16 (little-endian)',
    'utf-16be': 'UTF-16 (big-endian)',
  };
  return names[encoding];
}
