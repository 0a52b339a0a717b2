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

// A headline glued to the lead opens the lead with a determiner or pronoun ("De", "Hij", "The"),
// capitalised after a word that can end a headline (not a preposition, determiner or conjunction).
const OPENING_TAGS = new Set(['DET', 'PRON']);
const NO_HEADLINE_END_TAGS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PUNCT', 'SYM']);
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

function hasFiniteVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].feats?.includes('VerbForm=Fin')) return true;
  return false;
}

/** Whether [from, to) holds a finite verb of its own main clause: more finite verbs than words opening subordinate ones. */
function hasMainClause(tokens: Token[], from: number, to: number): boolean {
  let balance = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.feats?.includes('VerbForm=Fin')) balance++;
    else if (t.upos === 'SCONJ' || t.feats?.includes('PronType=Rel')) balance--;
  }
  return balance > 0;
}

/** Whether a glued headline ends before token `at` of the sentence [first, end). */
function gluedHeadlineEndsAt(tokens: Token[], first: number, end: number, at: number, entityTokens: Set<number>): boolean {
  const opener = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (!OPENING_TAGS.has(opener.upos ?? '') || !CAPITALISED_WORD.test(opener.text) || entityTokens.has(at)) return false;
  if (!after || after.upos === 'PROPN' || NO_HEADLINE_END_TAGS.has(before.upos ?? 'PUNCT') || !/^\p{L}/u.test(before.text)) return false;
  // Both sides read as clauses of their own ("Ms X, who presents The ... tells" has only a relative clause before).
  return hasMainClause(tokens, first, at) && hasFiniteVerb(tokens, at, end);
}

/**
 * Splits off headlines glued to the lead without punctuation ("Minister wil brug bouwen De
 * regering heeft ..."), which the tagger's parts of speech reveal where the word lists of
 * `splitSentences` cannot: only in a sentence that opens the text or a line, and never inside a
 * recognised name ("zegt De Wever"). Renumbers `token.sentence`.
 */
export function splitGluedHeadlines(text: string, tokens: Token[], sentences: Sentence[], entityTokens: Set<number>): Sentence[] {
  const out: Sentence[] = [];
  const push = (firstToken: number, endToken: number) => {
    const index = out.length;
    for (let i = firstToken; i < endToken; i++) tokens[i].sentence = index;
    out.push({ start: tokens[firstToken].start, end: tokens[endToken - 1].end, firstToken, endToken });
  };
  sentences.forEach((sentence, s) => {
    const opensLine = s === 0 || text.slice(sentences[s - 1].end, sentence.start).includes('\n');
    let first = sentence.firstToken;
    if (opensLine) {
      for (let at = first + MIN_HEADLINE_TOKENS; at < sentence.endToken - 1; at++) {
        if (!gluedHeadlineEndsAt(tokens, first, sentence.endToken, at, entityTokens)) continue;
        push(first, at);
        first = at;
        break;
      }
    }
    push(first, sentence.endToken);
  });
  return out;
}
