import { join } from 'node:path';
import type { Article, Document } from '../document/index.js';
import { codeEvents, findQuotes } from '../events/index.js';
import type { DraftEvent, TriggerDecision } from '../events/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import { annotateMentions, loadKnowledgeBase } from '../kb/index.js';
import { analyze, annotateSyntax } from '../nlp/index.js';
import { decideEvents, readDecisionModel } from '../events/decision/index.js';
import type { DecisionModel } from '../events/decision/index.js';
import { modelsDir } from '../nlp/models.js';

export interface PipelineOptions {
  /** Analysts' knowledge-base files that extend or override the built-in one. */
  kbExtra?: string[];
  /**
   * Whether the learned decision (models/<lang>-events.json) decides which candidates become
   * events; off, every candidate the rules keep is an event (what training and cross-validation read).
   */
  decision?: boolean;
}

/** Where the decision model of a language is stored. */
export function decisionModelPath(lang: string, dir = modelsDir()): string {
  return join(dir, `${lang}-events.json`);
}

export interface Pipeline {
  kb: KnowledgeBase;
  /**
   * Runs every stage on one article: language, tokens, sentences, mentions, events, quotes.
   * `decisions` receives why each candidate did or did not become an event, `drafts` every
   * candidate as the rule stages left it.
   */
  process(article: Article, decisions?: TriggerDecision[], drafts?: DraftEvent[]): Document;
}

/** The stages in order: article → document → mentions → events (and quotes). */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const kb = loadKnowledgeBase({ extraFiles: options.kbExtra });
  const models = new Map<string, DecisionModel | null>();
  const decisionModel = (lang: string) => {
    if (!models.has(lang)) models.set(lang, options.decision === false ? null : readDecisionModel(decisionModelPath(lang)));
    return models.get(lang)!;
  };
  return {
    kb,
    process(article, decisions, drafts = []) {
      const doc = analyze(article);
      annotateMentions(kb, doc);
      codeEvents(doc, { decisions, drafts, parseSentence: (d, sentence) => annotateSyntax(d, { sentences: [sentence] }) });
      const model = decisionModel(doc.lang);
      if (model) decideEvents(doc, drafts, model, decisions);
      findQuotes(doc);
      return doc;
    },
  };
}

/** The per-document JSON object of EVAL.md (`paraat extract --format jsonl`). */
export function documentRecord(doc: Document) {
  return {
    id: doc.article.externalId ?? doc.article.id,
    article_id: doc.article.id,
    lang: doc.lang,
    date: doc.article.date,
    events: doc.events,
    quotes: doc.quotes,
  };
}
