import type { Document } from '../document/index.js';
import type { EventLexicon } from './lexicon.js';
import { candidatesAt, eventLexicon, hasEventLexicon } from './lexicon.js';
import { matchAt } from './patterns.js';

/**
 * Marks the sentences in which a trigger pattern of the event lexicon matches (`sentence.candidate`),
 * so that costly stages such as the parser can skip the rest. A superset of what the coder keeps:
 * its part-of-speech and clause checks come later.
 */
export function markCandidateSentences(doc: Document): void {
  const lexicon = hasEventLexicon(doc.lang) ? eventLexicon(doc.lang) : null;
  for (const sentence of doc.sentences) {
    sentence.candidate = lexicon !== null && holdsTrigger(doc, sentence.firstToken, sentence.endToken, lexicon);
  }
}

function holdsTrigger(doc: Document, first: number, end: number, lexicon: EventLexicon): boolean {
  for (let i = first; i < end; i++) {
    const token = doc.tokens[i];
    for (const entry of candidatesAt(lexicon.triggers, token.lower, token.lemma)) {
      if (matchAt(entry.pattern, doc.tokens, i, end)) return true;
    }
  }
  return false;
}
