import type { ActorRef } from '../document/index.js';
import type { EventRecord } from '../store/index.js';

function entity(a: ActorRef) {
  return { code: a.code, sector: a.sector, kind: a.kind, name: a.name, wikidata: a.kb_id && /^Q\d+$/.test(a.kb_id) ? a.kb_id : null, kb_id: a.kb_id };
}

/**
 * A PLOVER JSON record (PLOVER 2.0 manual, "PLOVER JSON"), with Paraat's extensions under their
 * own names: modality, reported_by, quantities, evidence offsets and the rules that fired.
 */
export function ploverRecord(e: EventRecord) {
  return {
    id: `paraat-${e.article_id}-${e.id}`,
    date: e.date,
    actor: e.actors.map(entity),
    recipient: e.recipients.map(entity),
    event: [e.type],
    mode: e.mode ? [e.mode] : [],
    context: [],
    quad_code: e.quad_class,
    event_scale: e.goldstein,
    cameo: e.cameo,
    event_loc: e.place ? { placename: e.place } : null,
    event_text: [e.evidence.trigger.text],
    text: e.sentence,
    cite_info: { article_id: e.article_id, url: e.url ?? e.source, title: e.title, language: e.lang },
    modality: e.modality,
    reported_by: e.reported_by.map(entity),
    quantities: e.quantities,
    evidence: e.evidence,
    confidence: e.confidence,
    rules: e.rules,
    coder: 'paraat',
  };
}
