import type { Article, Document } from '../document/index.js';
import type { DraftEvent, TriggerDecision } from '../events/index.js';
import { DecisionModels } from '../events/decision/index.js';
import { loadKnowledgeBase } from '../kb/index.js';
import { defaultModelsDir, emptyDocument, LanguageModels } from '../nlp/index.js';
import type { Component, Resources } from './component.js';
import { buildComponents } from './component.js';
import { PRODUCTION_COMPONENTS } from './production.js';

export type { Component, Resources, RunTrace } from './component.js';
export { buildComponents } from './component.js';
export { PRODUCTION_COMPONENTS } from './production.js';

export interface PipelineConfig {
  /** The components in order, as names of production components or as components; all production ones by default. */
  components?: readonly (string | Component)[];
  /** Analysts' knowledge-base files that extend or override the built-in one. */
  kbExtra?: string[];
  /** Where the trained models are read from (default: the committed ones). */
  modelsDir?: string;
  /** Languages whose dependency parse decides subject and object (default: the coder's measured choice). */
  syntaxRoleLanguages?: readonly string[];
  /**
   * Whether the learned decision (<models>/<lang>-events.json) decides which candidates become
   * events; off, every candidate the rule stages keep is an event (what training and cross-validation read).
   */
  decision?: boolean;
}

export interface Pipeline {
  resources: Resources;
  components: readonly Component[];
  /**
   * Runs every component on one article, in order. `decisions` receives why each candidate did or
   * did not become an event, `drafts` every candidate as the rule stages left it.
   */
  process(article: Article, decisions?: TriggerDecision[], drafts?: DraftEvent[]): Document;
}

function resolve(entry: string | Component): Component {
  if (typeof entry !== 'string') return entry;
  const found = PRODUCTION_COMPONENTS.find((c) => c.name === entry);
  if (!found) throw new Error(`pipeline: no component named "${entry}" (known: ${PRODUCTION_COMPONENTS.map((c) => c.name).join(', ')})`);
  return found;
}

/**
 * Builds the components the config names, refusing an order in which a component would read a
 * layer no earlier one assigns, and loads what they share: the knowledge base now, each language's
 * models when its first document arrives.
 */
export function createPipeline(config: PipelineConfig = {}): Pipeline {
  const components = buildComponents((config.components ?? PRODUCTION_COMPONENTS).map(resolve));
  const resources: Resources = {
    kb: loadKnowledgeBase({ extraFiles: config.kbExtra }),
    models: new LanguageModels(config.modelsDir ?? defaultModelsDir()),
    decisionModels: new DecisionModels(config.decision === false ? null : (config.modelsDir ?? defaultModelsDir())),
    ...(config.syntaxRoleLanguages ? { syntaxRoleLanguages: new Set(config.syntaxRoleLanguages) } : {}),
  };
  return {
    resources,
    components,
    process(article, decisions, drafts = []) {
      const doc = emptyDocument(article);
      for (const component of components) component.run(doc, resources, { decisions, drafts });
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
