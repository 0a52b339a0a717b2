import type { ActorKind, Document, Mention, Token } from '../../src/document/index.js';
import type { DraftEvent } from '../../src/events/draft.js';
import { newDraft } from '../../src/events/draft.js';
import type { RoleFrame, TriggerClass, TriggerEntry } from '../../src/events/lexicon.js';
import { eventLexicon } from '../../src/events/lexicon.js';
import { compilePattern } from '../../src/events/patterns.js';
import type { SentenceView } from '../../src/events/sentence-view.js';
import { buildSentenceView } from '../../src/events/sentence-view.js';

export interface MentionSpec {
  /** Token range [first, end) of the mention. */
  tokens: [number, number];
  code: string;
  kind?: ActorKind;
  sector?: string | null;
}

export interface DocSpec {
  /** The words of one sentence, joined by single spaces into the text. */
  words: string[];
  lang?: string;
  upos?: string[];
  /** Heads as token indexes, -1 for the root. */
  heads?: number[];
  deprels?: string[];
  mentions?: MentionSpec[];
  date?: string | null;
}

/** A one-sentence document built by hand: no tokenizer, tagger or knowledge base runs. */
export function makeDoc(spec: DocSpec): Document {
  const lang = spec.lang ?? 'en';
  const text = spec.words.join(' ');
  const tokens: Token[] = [];
  let offset = 0;
  spec.words.forEach((word, i) => {
    const lower = word.toLowerCase();
    tokens.push({
      start: offset,
      end: offset + word.length,
      text: word,
      lower,
      sentence: 0,
      lemma: lower,
      ...(spec.upos ? { upos: spec.upos[i] } : {}),
      ...(spec.heads ? { head: spec.heads[i] } : {}),
      ...(spec.deprels ? { deprel: spec.deprels[i] } : {}),
    });
    offset += word.length + 1;
  });
  const mentions: Mention[] = (spec.mentions ?? []).map((m) => {
    const [first, end] = m.tokens;
    const start = tokens[first].start;
    const stop = tokens[end - 1].end;
    const name = text.slice(start, stop);
    return { start, end: stop, firstToken: first, endToken: end, actor: { code: m.code, sector: m.sector ?? null, kind: m.kind ?? 'state', name, kb_id: null }, rule: 'test' };
  });
  return {
    article: { id: 'test', externalId: 'test', source: null, url: null, title: null, text, date: spec.date ?? '2022-01-24', lang, origin: { file: 'test' } },
    text,
    lang,
    tokens,
    sentences: [{ start: 0, end: text.length, firstToken: 0, endToken: tokens.length }],
    entities: [],
    mentions,
    events: [],
    quotes: [],
  };
}

export interface EntrySpec {
  type: string;
  cameo: string;
  triggerClass?: TriggerClass;
  frame?: RoleFrame;
}

/** A draft for the trigger at the given tokens, from a hand-written lexicon entry. */
export function makeDraft(doc: Document, tokens: number[], spec: EntrySpec): DraftEvent {
  const entry: TriggerEntry = {
    id: `test:${spec.type}`,
    source: 'written',
    pattern: compilePattern(tokens.map((t) => doc.tokens[t].lower).join(' ')),
    cameo: spec.cameo,
    type: spec.type,
    mode: null,
    triggerClass: spec.triggerClass ?? 'verb',
    frame: spec.frame ?? 'svo',
  };
  return newDraft(doc, 0, entry, tokens);
}

/** The view of the document's one sentence, with the language's function-word lexicon. */
export function makeView(doc: Document, drafts: DraftEvent[], syntax = false): SentenceView {
  return buildSentenceView(doc, eventLexicon(doc.lang), 0, doc.mentions, drafts, syntax);
}
