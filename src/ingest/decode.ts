import iconv from 'iconv-lite';
const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

export interface DecodedText {
  text: string;
  /** Set when the bytes were not valid UTF-8 and were read as Windows-1252 instead. */
  warning: string | null;
}

/** True when the bytes look like a binary file: NUL bytes or many control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Decodes UTF-8 (dropping a byte-order mark); falls back to Windows-1252, with a warning. */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, warning: null };
  } catch {
    return { text: windows1252.decode(bytes), warning: 'not valid UTF-8; read as Windows-1252' };
  }
}

/**
 * Decodes bytes in a named charset (an HTTP or in-document label: "windows-1252", "latin1",
 * "Shift_JIS"...); without a label, or with one iconv-lite does not know, as decodeText does,
 * with a warning naming the unknown label.
 */
export function decodeCharset(bytes: Uint8Array, charset?: string): { text: string; warnings: string[] } {
  const label = charset?.trim().toLowerCase();
  const warnings: string[] = [];
  if (label && label !== 'utf-8' && label !== 'utf8') {
    // ISO-8859-1 labels mean Windows-1252 on the web (WHATWG Encoding): its 0x80–0x9F are the quotes and dashes.
    const name = label === 'iso-8859-1' || label === 'latin1' || label === 'us-ascii' || label === 'ascii' ? 'windows-1252' : label;
    if (iconv.encodingExists(name)) {
      const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
      return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, warnings };
    }
    warnings.push(`unknown charset "${charset}"; read as UTF-8`);
  }
  const decoded = decodeText(bytes);
  if (decoded.warning) warnings.push(decoded.warning);
  return { text: decoded.text, warnings };
}
