import type { ActorRef, Document, Event, Mention } from '../../src/document/index.js';

/** Hand-built documents for the store tests: what the pipeline would hand over, without running it. */
export const actor = (code: string, kind: ActorRef['kind'] = 'state'): ActorRef => ({ code, sector: null, kind, name: code, kb_id: null });

export function event(type: string, actors: string[], recipients: string[], date: string | null): Event {
  return {
    type, mode: null, cameo: '190', goldstein: -10, quad_class: 4,
    actors: actors.map((c) => actor(c)), recipients: recipients.map((c) => actor(c)),
    modality: 'asserted', reported_by: [], quantities: [], place: null, date,
    evidence: { start: 0, end: 10, trigger: { start: 0, end: 4, text: 'test' } }, confidence: 0.8, rules: ['test'],
  };
}

export function doc(id: string, text: string, lang: string, date: string | null, events: Event[], mentions: Mention[] = []): Document {
  return {
    article: { id, externalId: id, source: 'test', url: null, title: null, text, date, lang, origin: { file: 'test' } },
    text, lang, tokens: [], sentences: [], entities: [], mentions, events, quotes: [],
  };
}

export function mention(start: number, end: number, code: string, name: string, rule: string): Mention {
  return { start, end, firstToken: 0, endToken: 1, actor: { ...actor(code), name }, rule };
}

/** Three articles: a dated day, a dated month and an undated event. */
export function sampleDocuments(): Document[] {
  return [
    doc('a1', 'Rusland valt Oekraïne aan.', 'nl', '2022-02-24', [event('ASSAULT', ['RUS'], ['UKR'], '2022-02-24')], [
      mention(0, 7, 'RUS', 'Rusland', 'country-name'),
      mention(13, 21, 'UKR', 'Oekraïne', 'country-name'),
    ]),
    doc('a2', 'Biden met Macron in Paris.', 'en', '2022-01', [event('CONSULT', ['USA', 'FRA'], [], '2022-01')]),
    doc('a3', 'Police arrested protesters.', 'en', null, [event('COERCE', ['GBR'], ['CVL'], null)]),
    doc('a4', 'Troops crossed the border on 20 January.', 'en', '2022-01-20', [event('MOBILIZE', ['RUS'], ['UKR'], '2022-01-20')]),
  ];
}
