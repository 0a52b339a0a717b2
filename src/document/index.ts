// The shared objects every pipeline stage reads and annotates. Stages add layers to a Document;
// none rewrites another's. All offsets are UTF-16 code units into `Document.text`, end exclusive.

/** A calendar date with the precision the source gave: "2022", "2022-01" or "2022-01-24". */
export type PartialDate = string;

export interface Article {
  /** Content hash of the normalised text and the source (see ingest/articleId). */
  id: string;
  /** Identifier the input gave the article (JSONL `id`, or the file name). */
  externalId: string | null;
  source: string | null;
  url: string | null;
  title: string | null;
  text: string;
  date: PartialDate | null;
  /** Language as given by the input; null when the input did not say. */
  lang: string | null;
  /** The byline, when the input names one (web pages, feeds, CSV). */
  author?: string | null;
  /** The page's own URL (<link rel=canonical>), when it differs from where it was read. */
  canonicalUrl?: string | null;
  /** Where the article came from, for messages: a file path (and line for JSONL). */
  origin: { file: string; line?: number };
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, accents kept. */
  lower: string;
  /** Index of the sentence holding this token. */
  sentence: number;
  /** Dictionary form; falls back to `lower` when no lemmatiser has run. */
  lemma: string;
  upos?: string;
  feats?: string;
  /** Index (into Document.tokens) of the syntactic head, or -1 for the root. */
  head?: number;
  deprel?: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  /** Set by the candidate stage: the sentence holds a word that can start an event trigger. */
  candidate?: boolean;
  /**
   * Set by the reference stage for a sentence that quotes without naming who speaks: the speaker the
   * sentence before or after gives it, and the rule ("speaker:previous-sentence", "speaker:next-sentence").
   */
  speaker?: { mention: Mention; rule: string };
}

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface EntitySpan {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  label: EntityLabel;
}

export type ActorKind = 'state' | 'igo' | 'ngo' | 'region' | 'group' | 'person';

/** An actor as an event records it: country-level code plus sector. */
export interface ActorRef {
  code: string;
  sector: string | null;
  kind: ActorKind;
  /** The words in the text that named the actor. */
  name: string;
  kb_id: string | null;
}

/** A span of text resolved to an actor as of the article's date. */
export interface Mention {
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
  actor: ActorRef;
  /** Which knowledge-base rule resolved it (e.g. "country-name", "adjective+sector", "person-role"), or which reference rule ("pronoun:previous-subject"). */
  rule: string;
  /** For a mention that refers back ("he", "its troops", "the group"): the span of the mention whose actor it takes. */
  antecedent?: { start: number; end: number };
}

export interface Quantity {
  value: number;
  unit: string;
  text: string;
  start: number;
  end: number;
}

export type Modality = 'asserted' | 'negated' | 'conditional' | 'hypothetical' | 'future' | 'reported';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Event {
  type: string;
  mode: string | null;
  cameo: string | null;
  goldstein: number | null;
  quad_class: number | null;
  actors: ActorRef[];
  recipients: ActorRef[];
  modality: Modality;
  reported_by: ActorRef[];
  quantities: Quantity[];
  place: string | null;
  date: PartialDate | null;
  /** The words that dated the event when they could not be resolved to a calendar date ("maandag"). */
  date_text?: string;
  evidence: { start: number; end: number; trigger: Span };
  confidence: number;
  /** Lexicon entries and rules that produced this event, for explanation. */
  rules: string[];
  /** Details attached from later sentences that only elaborate this event. */
  details?: { text: string; start: number; end: number; quantities: Quantity[] }[];
}

export interface Quote {
  text: string;
  start: number;
  end: number;
  speaker: ActorRef | null;
  speakerText: string | null;
  /** How a speaker named outside the quote's sentence was found ("speaker:previous-sentence"); absent when the sentence names it. */
  speakerRule?: string;
  sentence: number;
}

export interface Document {
  article: Article;
  text: string;
  /** Language used for analysis: the article's, or the identified one. */
  lang: string;
  tokens: Token[];
  sentences: Sentence[];
  entities: EntitySpan[];
  mentions: Mention[];
  events: Event[];
  quotes: Quote[];
}
