/**
 * The reaches (in tokens unless said otherwise) and weights of the event coder, in one place so a
 * change to one is a change to this file. Each carries the reason it has its value.
 */
export const CODER_SETTINGS = {
  /** A governed event stands within a clause's length after its governor ("refused ... to meet"). */
  contentReach: 12,
  /** Characters between two same-type triggers of a sentence that still make them one event; further apart they are a headline run into the text. */
  sameEventReach: 120,
  /** A determiner makes a nominal trigger definite across at most a few adjectives ("de verhoogde alarmfase"). */
  definiteReach: 4,
  /** An apposition after a name ("Kenya, a close British partner, has") is a short noun phrase between commas. */
  appositionReach: 8,
  /**
   * The parse only decides between mentions that no preposition marks: with fewer than six, word
   * order chooses as well as the parse (plover-gsr full F1 0.616 with six, 0.611 with three) at a
   * fraction of the cost.
   */
  minMentionsToParse: 6,
  /** A source cue names its source right after it ("according to the Ukrainian defence ministry"). */
  sourceReach: 6,
  /** Coordinated names stand close: a longer stretch between two names is a clause, not a list. */
  coordinationReach: 6,
  /** A modifier cue ("zonder", "without") reaches the verb right after it, not the clause around it. */
  modifierReach: 3,
  /** A topic cue ("talk of", "sprake van") governs the noun phrase right after it. */
  topicReach: 4,
  /** An infinitive marker stands just before its verb, perhaps with an auxiliary ("te hebben neergeschoten"). */
  infinitiveReach: 2,
  /** An event without a named actor continues the story of an event at most this many sentences before it ("He said ...", a passive). */
  previousEventReach: 2,
  /** Peoples without a state (CAMEO's ethnic codes), coded by the country they act in (ANNOTATION.md: Kurdish forces inside Syria are SYR). */
  statelessPeoples: ['KUR'] as readonly string[],
  /** A sentence with more than this share of capitalised words is a headline, where capitals name nothing. */
  headlineCapitalShare: 0.5,
  /**
   * Confidence of a coded event: a verb names an event more surely than a noun; a pattern of several
   * words is surer than one; a named actor, and less so a named recipient, make the coding surer; no
   * rule-based coding is certain.
   */
  confidence: { verb: 0.6, noun: 0.5, multiWord: 0.1, actor: 0.2, recipient: 0.05, max: 0.95 },
  /**
   * Languages whose parser is accurate enough for subject and object to beat word order (measured
   * with paraat eval events); CodingOptions.syntaxRoleLanguages overrides it for experiments.
   */
  syntaxRoleLanguages: ['en'] as readonly string[],
} as const;
