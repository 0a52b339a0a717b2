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
