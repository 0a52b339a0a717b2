import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Node 20's TextDecoder('windows-1252') decodes as Latin-1 (0x80–0x9F become C1 controls): iconv-lite does not.
const FALLBACK = 'windows-1252';
// As in browsers (WHATWG Encoding), these labels mean Windows-1252: real Latin-1 text never uses 0x80–0x9F.
const WINDOWS_1252_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'cp819']);

export interface DecodeWarning {
  /** 1-based line of the text the warning is about, when it is about one line. */
  line?: number;
  message: string;
}

export interface DecodedText {
  text: string;
  /** The encoding the text was read in ("utf-8", "utf-16le", "windows-1252", ...). */
  encoding: string;
  warnings: DecodeWarning[];
}

/** The encoding a byte-order mark announces, if the bytes start with one. */
function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** True when the bytes look like a binary file: NUL bytes beyond a stray one, or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes)?.startsWith('utf-16')) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  let nul = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return sample.length > 0 && (nul > Math.max(1, sample.length / 1000) || (control + nul) / sample.length > 0.1);
}

/** Splits bytes after each line feed; UTF-8 and single-byte encodings never use 0x0A inside a character. */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/**
 * UTF-8, line by line when the whole is not valid: a line that is not valid UTF-8 is read as
 * Windows-1252 on its own, with a warning naming it, and the other lines stay as they are.
 */
function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    const warnings: DecodeWarning[] = [];
    const text = byteLines(bytes)
      .map((line, i) => {
        try {
          return utf8.decode(line);
        } catch {
          warnings.push({ line: i + 1, message: `not valid UTF-8; line read as ${capitalised(FALLBACK)}` });
          return iconv.decode(Buffer.from(line), FALLBACK);
        }
      })
      .join('');
    return { text, encoding: 'utf-8', warnings };
  }
}

const capitalised = (name: string) => name[0].toUpperCase() + name.slice(1);

/** Removes NUL characters, which no text means, with a warning naming the first line that had one. */
function withoutNul(decoded: DecodedText): DecodedText {
  const first = decoded.text.indexOf('\u0000');
  if (first < 0) return decoded;
  const count = decoded.text.split('\u0000').length - 1;
  const line = decoded.text.slice(0, first).split('\n').length;
  return {
    ...decoded,
    text: decoded.text.replaceAll('\u0000', ''),
    warnings: [...decoded.warnings, { line, message: `${count} NUL character${count === 1 ? '' : 's'} removed` }],
  };
}

/**
 * Decodes text bytes. A byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise `charset` (a label
 * such as "windows-1252", "ISO-8859-15" or "utf-8", from an HTTP header or an HTML meta tag) when
 * it is known; otherwise UTF-8, with lines that are not valid UTF-8 read as Windows-1252. The
 * byte-order mark is dropped and NUL characters removed; every repair is a warning.
 */
export function decodeText(bytes: Uint8Array, charset?: string): DecodedText {
  const bom = bomEncoding(bytes);
  const warnings: DecodeWarning[] = [];
  let label = bom ?? charset?.trim().toLowerCase();
  if (label && WINDOWS_1252_LABELS.has(label)) label = FALLBACK;
  if (label && !iconv.encodingExists(label)) {
    warnings.push({ message: `unknown charset "${charset}"; read as UTF-8` });
    label = undefined;
  }
  const decoded =
    !label || label === 'utf-8' || label === 'utf8'
      ? decodeUtf8(bom ? bytes.subarray(3) : bytes)
      : { text: iconv.decode(Buffer.from(bytes), label), encoding: label, warnings: [] };
  return withoutNul({ ...decoded, warnings: [...warnings, ...decoded.warnings] });
}
