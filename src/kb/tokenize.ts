// A small tokeniser for mention strings and context sentences given to resolveMention. Documents
// come with the pipeline's own tokens; the matcher does not depend on how either splits
// punctuation, since it joins adjacent tokens without a space when building lookup keys.

export interface KbToken {
  text: string;
  start: number;
  end: number;
  sentence: number;
  upos?: string;
}

// Abbreviations with dots ("U.S."), then words with inner hyphens or apostrophes ("NAVO-chef",
// "d'Ivoire", "Russia's"), then any other single character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s]/gu;

export function tokenize(text: string): KbToken[] {
  const tokens: KbToken[] = [];
  let sentence = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    tokens.push({ text: m[0], start, end: start + m[0].length, sentence });
    if (/^[.!?]$/.test(m[0])) sentence++;
  }
  return tokens;
}
