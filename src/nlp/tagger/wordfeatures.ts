// Per-token hashes computed once per sentence and shared by the tagger, parser and NER, so the
// hot loops combine integers instead of building feature strings.
import { hashString } from '../perceptron/hash.js';

export interface WordHashes {
  length: number;
  /** The exact form. */
  form: Int32Array;
  /** Lower-cased form with digits normalised ("!YEAR", "!DIGITS"). */
  norm: Int32Array;
  /** Collapsed character-class shape: "Xxxx-xx" → "Xx-x". */
  shape: Int32Array;
  pre1: Int32Array;
  pre2: Int32Array;
  pre3: Int32Array;
  suf1: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  /** The part after the last hyphen of a compound ("NAVO-chef" → "chef"), else `norm`. */
  head: Int32Array;
  /** Bit flags: see FLAG_*. */
  flags: Uint8Array;
}

export const FLAG_CAPITALISED = 1;
export const FLAG_ALL_CAPS = 2;
export const FLAG_HAS_DIGIT = 4;
export const FLAG_HAS_HYPHEN = 8;
export const FLAG_ALL_PUNCT = 16;

const HASH_YEAR = hashString('!YEAR');
const HASH_DIGITS = hashString('!DIGITS');

function shapeHash(form: string): number {
  let h = 0x811c9dc5;
  let previous = -1;
  const limit = Math.min(form.length, 24);
  for (let i = 0; i < limit; i++) {
    const code = form.charCodeAt(i);
    let cls: number;
    if (code >= 48 && code <= 57) cls = 100; // d
    else if (code >= 65 && code <= 90) cls = 88; // X
    else if (code >= 97 && code <= 122) cls = 120; // x
    else if (code < 128) cls = code;
    else {
      // Beyond ASCII the case tables decide (one-letter strings: ASCII above avoids them).
      const ch = form[i];
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower !== upper) cls = ch === upper ? 88 : 120; // X : x
      else cls = code;
    }
    if (cls === previous) continue;
    previous = cls;
    h ^= cls;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function computeWordHashes(forms: readonly string[]): WordHashes {
  const n = forms.length;
  const out: WordHashes = {
    length: n,
    form: new Int32Array(n),
    norm: new Int32Array(n),
    shape: new Int32Array(n),
    pre1: new Int32Array(n),
    pre2: new Int32Array(n),
    pre3: new Int32Array(n),
    suf1: new Int32Array(n),
    suf2: new Int32Array(n),
    suf3: new Int32Array(n),
    suf4: new Int32Array(n),
    head: new Int32Array(n),
    flags: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i];
    const lower = form.toLowerCase();
    const len = lower.length;
    const hasDigit = /\d/.test(form);
    const flags =
      (form[0] !== lower[0] ? FLAG_CAPITALISED : 0) |
      (len > 1 && form !== lower && form === form.toUpperCase() ? FLAG_ALL_CAPS : 0) |
      (hasDigit ? FLAG_HAS_DIGIT : 0) |
      (form.includes('-') ? FLAG_HAS_HYPHEN : 0) |
      (/[\p{L}\p{N}]/u.test(form) ? 0 : FLAG_ALL_PUNCT);
    out.flags[i] = flags;
    out.form[i] = hashString(form);
    if (hasDigit && /^[\d.,:/-]+$/.test(lower)) {
      out.norm[i] = len === 4 && /^\d{4}$/.test(lower) ? HASH_YEAR : HASH_DIGITS;
    } else {
      out.norm[i] = hashString(lower);
    }
    out.shape[i] = shapeHash(form);
    out.pre1[i] = hashString(lower, 0, Math.min(1, len));
    out.pre2[i] = hashString(lower, 0, Math.min(2, len));
    out.pre3[i] = hashString(lower, 0, Math.min(3, len));
    out.suf1[i] = hashString(lower, Math.max(0, len - 1));
    out.suf2[i] = hashString(lower, Math.max(0, len - 2));
    out.suf3[i] = hashString(lower, Math.max(0, len - 3));
    out.suf4[i] = hashString(lower, Math.max(0, len - 4));
    const hyphen = lower.lastIndexOf('-');
    out.head[i] = hyphen > 0 && hyphen < len - 1 ? hashString(lower, hyphen + 1) : out.norm[i];
  }
  return out;
}

/** The hashes of words first..end-1 of `h`, as views sharing its storage. */
export function sliceWordHashes(h: WordHashes, first: number, end: number): WordHashes {
  return {
    length: end - first,
    form: h.form.subarray(first, end),
    norm: h.norm.subarray(first, end),
    shape: h.shape.subarray(first, end),
    pre1: h.pre1.subarray(first, end),
    pre2: h.pre2.subarray(first, end),
    pre3: h.pre3.subarray(first, end),
    suf1: h.suf1.subarray(first, end),
    suf2: h.suf2.subarray(first, end),
    suf3: h.suf3.subarray(first, end),
    suf4: h.suf4.subarray(first, end),
    head: h.head.subarray(first, end),
    flags: h.flags.subarray(first, end),
  };
}
