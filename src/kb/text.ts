// Text keys shared by the knowledge-base index and the matcher: both sides fold a name the same
// way, so lookups are exact hash hits whatever the accents, case or apostrophe style.

/** Lower case, accents removed, typographic apostrophes made plain, runs of spaces made one. */
export function foldKey(text: string): string {
  // Most tokens are plain ASCII words: lower-casing is all they need.
  if (isPlainAscii(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Printable ASCII without spaces; a loop, since this runs on every token of every article. */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) return false;
  }
  return true;
}

/**
 * How each word of a name is capitalised: "U" starts upper case, "A" is all capitals (two or three
 * letters), "W" all capitals of four letters or more, "l" starts lower case. A proper name only
 * matches text capitalised at least as much, so "Turkey" is not "turkey" and "VS" is not "vs".
 */
export function caseSignature(text: string): string {
  let sig = '';
  for (const word of text.split(/[\s\-.]+/)) {
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (!letters) continue;
    const first = letters[0];
    if (first === first.toLowerCase() && first !== first.toUpperCase()) sig += 'l';
    else if (letters.length >= 2 && letters === letters.toUpperCase()) sig += letters.length >= 4 ? 'W' : 'A';
    else sig += 'U';
  }
  return sig;
}

/**
 * True when text capitalised as `actual` may stand for a name capitalised as `required`. House
 * styles write long acronyms as words ("Nato", "Isis"); short acronyms stay strict ("US" is not "Us").
 */
export function caseCompatible(required: string, actual: string): boolean {
  // Tokenisers may split a name differently ("U.S." vs "U.S"): then only the first word is compared.
  const words = required.length === actual.length ? required.length : Math.min(1, actual.length);
  for (let i = 0; i < words; i++) {
    const want = required[i];
    const got = actual[i];
    if (want === 'A' && got !== 'A' && got !== 'W') return false;
    if (want === 'W' && got === 'l') return false;
    if (want === 'U' && got === 'l') return false;
  }
  return true;
}

/** Lower-case particles that belong to a surname ("von der Leyen", "de Hoop Scheffer", "al-Assad"). */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'du', 'des', 'le', 'la', 'ter', 'ten', 'bin', 'al', 'el']);
