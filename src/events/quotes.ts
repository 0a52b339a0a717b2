import type { Document, Mention, Quote } from '../document/index.js';
import { eventLexicon, hasEventLexicon, wordsOfRole } from './lexicon.js';
import { findSpeechAct } from './speakers.js';

const OPENING = new Set(['"', '“', '„', '«']);
const CLOSING = new Set(['"', '”', '»', '“']);
const MIN_QUOTE_TOKENS = 3;

/**
 * Direct quotes (between quotation marks) and indirect ones ("X zei dat ...", "X said that ..."),
 * each with the speaker the sentence attributes it to. Fills doc.quotes.
 */
export function findQuotes(doc: Document): Quote[] {
  doc.quotes = [];
  if (!hasEventLexicon(doc.lang)) return doc.quotes;
  const lexicon = eventLexicon(doc.lang);
  for (let s = 0; s < doc.sentences.length; s++) {
    const { firstToken: first, endToken: end } = doc.sentences[s];
    const mentions: Mention[] = doc.mentions.filter((m) => m.firstToken >= first && m.firstToken < end);
    const act = findSpeechAct(doc, lexicon, first, end, mentions);
    // A quote whose sentence names no speaker is said by the one a neighbouring sentence names (the reference stage).
    const across = act ? undefined : doc.sentences[s].speaker;
    const speaker = act?.speaker ?? across?.mention ?? null;
    const speakerFields = {
      speaker: speaker ? { ...speaker.actor } : null,
      speakerText: speaker ? doc.text.slice(speaker.start, speaker.end) : null,
      ...(across ? { speakerRule: across.rule } : {}),
    };
    let open = -1;
    let direct = false;
    for (let i = first; i < end; i++) {
      const t = doc.tokens[i].text;
      if (open < 0 && OPENING.has(t)) open = i;
      else if (open >= 0 && CLOSING.has(t)) {
        if (i - open - 1 >= MIN_QUOTE_TOKENS || (speaker && i - open > 1)) {
          const start = doc.tokens[open + 1].start;
          const stop = doc.tokens[i - 1].end;
          doc.quotes.push({ text: doc.text.slice(start, stop), start, end: stop, sentence: s, ...speakerFields });
          direct = true;
        }
        open = -1;
      }
    }
    if (direct || !act) continue;
    const verbEnd = act.verb[act.verb.length - 1];
    const that = verbEnd + 1 < end && wordsOfRole(lexicon, 'complementizer').has(doc.tokens[verbEnd + 1].lower) ? verbEnd + 1 : -1;
    if (that < 0 || that + MIN_QUOTE_TOKENS >= end) continue;
    let last = end - 1;
    while (last > that && /^\p{P}$/u.test(doc.tokens[last].text)) last--;
    const start = doc.tokens[that + 1].start;
    const stop = doc.tokens[last].end;
    doc.quotes.push({ text: doc.text.slice(start, stop), start, end: stop, sentence: s, ...speakerFields });
  }
  return doc.quotes;
}
