import type { Document, Mention } from '../document/index.js';
import type { EventLexicon } from './lexicon.js';
import { candidatesAt, wordsOfRole } from './lexicon.js';
import { matchAt } from './patterns.js';

export interface SpeechAct {
  speaker: Mention;
  /** Token indexes of the speech verb ("zei", "liet ... weten"). */
  verb: number[];
}

const INVERSION_MARKS = new Set([',', '"', '”', '“', '„']);

/**
 * Who says the sentence: the mention next to a speech verb — after it when the verb follows a
 * comma or quote ("..., zei het Pentagon"), otherwise before it ("Biden said").
 */
export function findSpeechAct(doc: Document, lexicon: EventLexicon, first: number, end: number, mentions: Mention[]): SpeechAct | null {
  const complementizers = wordsOfRole(lexicon, 'complementizer');
  const pronouns = wordsOfRole(lexicon, 'pronoun');
  for (let i = first; i < end; i++) {
    for (const verb of candidatesAt(lexicon.speechVerbs, doc.tokens[i].lower, doc.tokens[i].lemma)) {
      const matched = matchAt(verb.pattern, doc.tokens, i, end);
      if (!matched) continue;
      const lastVerbToken = matched[matched.length - 1];
      // Dutch inversion puts the speaker inside a split verb: "sprak Biden van", "liet de NAVO weten".
      // Past a complementizer ("declared that China must ...") a name belongs to what is said.
      const opensComplement = (from: number, to: number) => {
        for (let k = from; k < to; k++) if (complementizers.has(doc.tokens[k].lower)) return true;
        return false;
      };
      // "said it would boycott Peru's referendum": a pronoun after the verb is its subject, so a later name is not.
      const pronounBetween = (m: Mention) => doc.tokens.slice(lastVerbToken + 1, m.firstToken).some((t) => pronouns.has(t.lower));
      const after = mentions.find(
        (m) => m.firstToken > i && m.firstToken - lastVerbToken <= 4 && !opensComplement(i + 1, m.firstToken) && !pronounBetween(m),
      );
      // "The Red Crescent working in Yemen said": a name after a preposition is no speaker.
      const marked = (m: Mention) => m.firstToken > first && lexicon.prepositions.has(doc.tokens[m.firstToken - 1].lower);
      // "... army officers, officials said": words after a comma are the speaker, not the name before
      // it; an aside closed by a comma ("Biden, 79, said") is no such word.
      const cutOff = (m: Mention) => doc.tokens[i - 1].text !== ',' && doc.tokens.slice(m.endToken, i).some((t) => t.text === ',');
      const before = [...mentions].reverse().find((m) => m.endToken <= i && i - m.endToken <= 3 && !marked(m) && !cutOff(m));
      const inverted = i > first && INVERSION_MARKS.has(doc.tokens[i - 1].text);
      const speaker = inverted ? (after ?? before) : (before ?? after);
      if (speaker) return { speaker, verb: matched };
    }
  }
  return null;
}

/** How a sentence's speaker was found: by its own speech verb, or in the sentence before or after a quote that names none. */
export type SpeakerRule = 'speaker:own-sentence' | 'speaker:previous-sentence' | 'speaker:next-sentence';

export interface SentenceSpeaker {
  speaker: Mention;
  rule: SpeakerRule;
}

const QUOTATION_MARKS = new Set(['"', '“', '”', '„', '«', '»']);

function holdsQuote(doc: Document, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (QUOTATION_MARKS.has(doc.tokens[i].text)) return true;
  return false;
}

/**
 * The speaker of every sentence, read across the sentence boundary as a reader does: a sentence
 * holding a quote and no speech verb of its own is said by the speaker of the sentence before when
 * that one opens it ("X said:") or is itself quoted (the quote goes on), else by the speaker of the
 * sentence after when that one only attributes ("... .' X said this on Monday."), holding no quote.
 */
export function sentenceSpeakers(doc: Document, lexicon: EventLexicon): (SentenceSpeaker | null)[] {
  const mentionsOf = doc.sentences.map(() => [] as Mention[]);
  for (const m of doc.mentions) mentionsOf[doc.tokens[m.firstToken].sentence]?.push(m);
  const own = doc.sentences.map((s, i) => findSpeechAct(doc, lexicon, s.firstToken, s.endToken, mentionsOf[i])?.speaker ?? null);
  const quoted = doc.sentences.map((s) => holdsQuote(doc, s.firstToken, s.endToken));
  const speakers: (SentenceSpeaker | null)[] = [];
  doc.sentences.forEach((s, i) => {
    const speaker = own[i];
    if (speaker) return speakers.push({ speaker, rule: 'speaker:own-sentence' });
    if (!quoted[i]) return speakers.push(null);
    const before = speakers[i - 1];
    const opens = i > 0 && (quoted[i - 1] || doc.tokens[doc.sentences[i - 1].endToken - 1].text === ':');
    if (before && opens) return speakers.push({ speaker: before.speaker, rule: 'speaker:previous-sentence' });
    const after = own[i + 1];
    if (after && !quoted[i + 1]) return speakers.push({ speaker: after, rule: 'speaker:next-sentence' });
    return speakers.push(null);
  });
  return speakers;
}
