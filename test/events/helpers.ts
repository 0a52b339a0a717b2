import type { Article, Document, Event } from '../../src/document/index.js';
import type { TriggerDecision } from '../../src/events/index.js';
import { createPipeline } from '../../src/pipeline/index.js';

// These tests specify the rule stages (candidates, roles, modality, conventions): the learned
// decision after them is tested on its own and in the seed acceptance test.
const pipeline = createPipeline({ decision: false });

export function article(text: string, lang: string, date: string | null = '2022-01-24'): Article {
  return { id: 'test', externalId: 'test', source: null, url: null, title: null, text, date, lang, origin: { file: 'test' } };
}

export function code(text: string, lang: string, date: string | null = '2022-01-24'): Document {
  return pipeline.process(article(text, lang, date));
}

export function codeWithDecisions(text: string, lang: string, date: string | null = '2022-01-24'): { doc: Document; decisions: TriggerDecision[] } {
  const decisions: TriggerDecision[] = [];
  return { doc: pipeline.process(article(text, lang, date), decisions), decisions };
}

export function summary(e: Event): string {
  const side = (list: Event['actors']) => list.map((a) => a.code).join('+') || '-';
  return `${e.type} ${side(e.actors)}>${side(e.recipients)} ${e.modality}`;
}

export function events(text: string, lang: string, date?: string | null): string[] {
  return code(text, lang, date).events.map(summary);
}
