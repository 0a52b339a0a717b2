import type { Token } from '../document/index.js';
import { cachedLexicon, lexiconPath, readWordSet } from './lexicon.js';

export interface RawToken {
  start: number;
  end: number;
  text: string;
}

// One alternation, tried left to right at each position (sticky). Order matters: URLs before words,
// dotted acronyms ("U.S.") before plain words, numbers with Dutch or English grouping ("8.500",
// "1,5", "1,500.25") before punctuation.
const TOKEN = new RegExp(
  [
    String.raw`https?://[^\s<>"]+[^\s<>".,;:!?)\]]`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`,
    String.raw`\d+(?:[.,]\d+)*`,
    String.raw`[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*`,
    String.raw`\.{2,}|-{2,}`,
    String.raw`[^\s]`,
  ].join('|'),
  'uy',
);

const ENGLISH_CLITIC = /^(.+?)(n['’]t|['’](?:s|re|ve|ll|d|m))$/i;

function abbreviations(lang: string): Set<string> {
  return cachedLexicon(`abbreviations:${lang}`, () => {
    try {
      return readWordSet(lexiconPath(lang, 'abbreviations.txt'));
    } catch {
      return new Set<string>();
    }
  });
}

const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/**
 * The end of a run of ASCII letters at `pos` when the character after it ends a word for every
 * rule of TOKEN (a space, a comma, a bracket ...), else `pos`: most words need no regular expression.
 * Full stops, hyphens, apostrophes, digits, "@", "_", "+" and non-ASCII letters go to the full pattern
 * (abbreviations, compounds, clitics, e-mail addresses), and so does "http:".
 */
function plainWordEnd(text: string, pos: number): number {
  if (!isAsciiLetter(text.charCodeAt(pos))) return pos;
  let end = pos + 1;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  if (end === text.length) return end;
  const next = text.charCodeAt(end);
  if (next === 58) return end - pos > 5 || !/^https?$/i.test(text.slice(pos, end)) ? end : pos;
  return WORD_ENDS.has(next) ? end : pos;
}

/** Characters after a run of letters that no rule of TOKEN continues a word over. */
const WORD_ENDS = new Set([...' \t\n\r,;!?()[]{}"/\u00a0'].map((c) => c.charCodeAt(0)));

/**
 * Splits text into word, number and punctuation tokens with offsets into the original string.
 * Hyphenated compounds ("NAVO-chef") stay one token; a full stop stays on a known abbreviation
 * or a single-letter initial; English clitics ("Russia's", "don't") are split as in UD.
 */
export function tokenize(text: string, lang: string): RawToken[] {
  const abbrev = abbreviations(lang);
  const tokens: RawToken[] = [];
  const push = (start: number, end: number) => tokens.push({ start, end, text: text.slice(start, end) });
  let pos = 0;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 160 || /\s/.test(text[pos])) {
      pos++;
      continue;
    }
    const plain = plainWordEnd(text, pos);
    if (plain > pos) {
      push(pos, plain);
      pos = plain;
      continue;
    }
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) {
      pos++;
      continue;
    }
    const word = m[0];
    let end = pos + word.length;
    if (text[end] === '.' && /\p{L}$/u.test(word)) {
      const withStop = (word + '.').toLowerCase();
      if (abbrev.has(withStop) || (word.length === 1 && /\p{Lu}/u.test(word))) end++;
    }
    if (lang === 'en' && end === pos + word.length && (word.includes("'") || word.includes('’'))) {
      const clitic = ENGLISH_CLITIC.exec(word);
      if (clitic && clitic[1].length > 0 && /\p{L}/u.test(clitic[1])) {
        push(pos, pos + clitic[1].length);
        push(pos + clitic[1].length, end);
        pos = end;
        continue;
      }
    }
    push(pos, end);
    pos = end;
  }
  return tokens;
}

/** Fills the token fields every later stage relies on; `sentence` is set by the splitter. */
export function toTokens(raw: RawToken[]): Token[] {
  return raw.map((t) => {
    const lower = t.text.toLowerCase();
    return { start: t.start, end: t.end, text: t.text, lower, lemma: lower, sentence: 0 };
  });
}
