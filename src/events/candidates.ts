import type { Document } from '../document/index.js';
import { eventLexicon, hasEventLexicon } from './lexicon.js';
import { holdsTrigger } from './stages/candidates.js';

/**
 * Marks the sentences in which a trigger pattern of the event lexicon matches (`sentence.candidate`),
 * so that costly stages such as the parser can skip the rest: the sentences in which the coder's
 * candidate stage will find a trigger (the same matching, with its part-of-speech and clause checks).
 */
export function markCandidateSentences(doc: Document): void {
  const lexicon = hasEventLexicon(doc.lang) ? eventLexicon(doc.lang) : null;
  for (const sentence of doc.sentences) {
    sentence.candidate = lexicon !== null && holdsTrigger(doc.tokens, sentence.firstToken, sentence.endToken, lexicon);
  }
}
