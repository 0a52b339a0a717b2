import type { Sentence, Token } from '../document/index.js';

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);
const SOFT_LINE_END = new Set([',', ';', ':', '-', '–', '(', '/']);

const OPENING = /[\p{Lu}\p{N}"“‘'(\[«¿¡]/u;

function startsSentence(token: Token): boolean {
  return OPENING.test(token.text[0]) || token.text === '-' || token.text === '–';
}

function isClosingQuote(text: string, token: Token): boolean {
  if (!CLOSING.has(token.text)) return false;
  if (token.text === ')' || token.text === ']' || token.text === '»' || token.text === '”') return true;
  // A straight quote right after a non-space character closes a quotation.
  return token.start > 0 && !/\s/.test(text[token.start - 1]);
}

const MIN_HEADLINE_TOKENS = 3;

/**
 * A headline run into the text without a full stop: a word, then a capitalised word that usually
 * opens a sentence ("De", "The"), then a lower-case word.
 */
function runsIntoHeadline(token: Token, next: Token, after: Token | undefined, starters: Set<string>): boolean {
  // A lower-case ASCII start, then the set lookup: they rule out nearly every token pair without a pattern.
  const initial = next.text.charCodeAt(0);
  if (!after || (initial < 128 && !(initial >= 65 && initial <= 90)) || !starters.has(next.lower)) return false;
  // The word before may be a name ("... in Oslo Belangrijke stap ..."), but not a number or sign.
  return /^\p{Lu}\p{Ll}*$/u.test(next.text) && /^\p{L}\p{Ll}+$/u.test(token.text) && /^\p{Ll}/u.test(after.text);
}

/**
 * Groups tokens into sentences and sets `token.sentence`. A sentence ends at terminal punctuation
 * (plus closing quotes or brackets) before a capitalised word, at a blank line, and at a line break
 * after a line that reads as finished (headlines often have no full stop).
 */
export function splitSentences(text: string, tokens: Token[], starters: Set<string> = new Set()): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    const index = sentences.length;
    for (let i = first; i < endToken; i++) tokens[i].sentence = index;
    sentences.push({ start: tokens[first].start, end: tokens[endToken - 1].end, firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    let newlines = 0;
    for (let c = token.end; c < next.start; c++) if (text.charCodeAt(c) === 10) newlines++;
    if (newlines >= 2) {
      close(i + 1);
      continue;
    }
    if (newlines === 1 && !SOFT_LINE_END.has(token.text) && startsSentence(next)) {
      close(i + 1);
      continue;
    }
    if (runsIntoHeadline(token, next, tokens[i + 2], starters) && i + 1 - first >= MIN_HEADLINE_TOKENS) {
      close(i + 1);
      continue;
    }
    if (!TERMINAL.has(token.text)) continue;
    let last = i;
    while (last + 1 < tokens.length && isClosingQuote(text, tokens[last + 1]) && tokens[last + 1].start === tokens[last].end) last++;
    if (last + 1 >= tokens.length) break;
    const after = tokens[last + 1];
    if (after.start === tokens[last].end) continue;
    if (startsSentence(after)) {
      close(last + 1);
      i = last;
    }
  }
  close(tokens.length);
  return sentences;
}
