import type { Document } from '../document/index.js';
import type { DraftEvent, TriggerDecision } from '../events/index.js';
import type { DecisionModels } from '../events/decision/index.js';
import type { KnowledgeBase } from '../kb/index.js';
import type { LanguageModels } from '../nlp/index.js';

/** What the pipeline loads once and hands to every component: it owns them, no module caches them. */
export interface Resources {
  kb: KnowledgeBase;
  models: LanguageModels;
  /** The learned decision of each language, where there is one (and the pipeline uses it). */
  decisionModels: DecisionModels;
  /** Languages whose dependency parse decides subject and object where a sentence has one (default: the coder's). */
  syntaxRoleLanguages?: ReadonlySet<string>;
}

/** What one call of `process` collects besides the document. */
export interface RunTrace {
  /** Receives why each candidate trigger did or did not become an event. */
  decisions?: TriggerDecision[];
  /** The coder's drafts of the document, which the learned decision reads. */
  drafts: DraftEvent[];
}

/**
 * One stage of the pipeline. `requires` and `assigns` name document layers ("tokens",
 * "token.upos", "sentence.candidate", "doc.mentions"): a component may read only what an earlier
 * one assigned, which `buildComponents` checks when the pipeline is built.
 */
export interface Component {
  name: string;
  requires: readonly string[];
  assigns: readonly string[];
  run(doc: Document, resources: Resources, trace: RunTrace): void;
}

/**
 * Checks that the components, in the order given, form a data flow: every layer a component
 * requires is assigned by one before it, and no two share a name. Throws naming the first gap.
 */
export function buildComponents(components: readonly Component[]): readonly Component[] {
  const assigned = new Set<string>();
  const names = new Set<string>();
  components.forEach((component, index) => {
    if (names.has(component.name)) throw new Error(`pipeline: component "${component.name}" appears twice`);
    names.add(component.name);
    for (const layer of component.requires) {
      if (assigned.has(layer)) continue;
      const later = components.slice(index + 1).find((c) => c.assigns.includes(layer));
      throw new Error(
        `pipeline: component "${component.name}" requires "${layer}", which no earlier component assigns` +
          (later ? ` ("${later.name}" assigns it but comes after)` : ''),
      );
    }
    for (const layer of component.assigns) assigned.add(layer);
  });
  return components;
}
