import type { ActorRef } from '../../document/index.js';
import type { EventRecord, Store, StoredQuote } from '../../store/index.js';

export type { ArticleInfo } from '../../store/index.js';

export type SpanKind = 'evidence' | 'trigger' | 'actor' | 'recipient' | 'reported_by' | 'quantity' | 'quote' | 'mention';

/** A highlighted stretch of the article text, tied to the event (or quote) it is evidence for. */
export interface TextSpan {
  start: number;
  end: number;
  kind: SpanKind;
  label: string;
  event_id: number | null;
}

export interface QuoteRow {
  text: string;
  start: number;
  end: number;
  speaker_code: string | null;
  speaker_text: string | null;
}

function actorLabel(a: ActorRef): string {
  return a.sector ? `${a.code}/${a.sector}` : a.code;
}

/**
 * Actor offsets are not stored, only the words that named them: find those words inside the
 * event's evidence sentence (nearest the trigger), which is where the coder found them.
 */
function actorSpan(text: string, event: EventRecord, actor: ActorRef): { start: number; end: number } | null {
  if (!actor.name) return null;
  const sentence = text.slice(event.evidence.start, event.evidence.end);
  const haystack = sentence.toLowerCase();
  const needle = actor.name.toLowerCase();
  let best = -1;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const distance = Math.abs(event.evidence.start + at - event.evidence.trigger.start);
    if (best < 0 || distance < Math.abs(event.evidence.start + best - event.evidence.trigger.start)) best = at;
  }
  return best < 0 ? null : { start: event.evidence.start + best, end: event.evidence.start + best + actor.name.length };
}

/** The spans of one event: its sentence, trigger, actors, recipients, sources and quantities. */
export function eventSpans(text: string, event: EventRecord): TextSpan[] {
  const spans: TextSpan[] = [
    { start: event.evidence.start, end: event.evidence.end, kind: 'evidence', label: event.type, event_id: event.id },
    { ...event.evidence.trigger, kind: 'trigger', label: event.type, event_id: event.id },
  ];
  for (const [kind, list] of [['actor', event.actors], ['recipient', event.recipients], ['reported_by', event.reported_by]] as const) {
    for (const actor of list) {
      const at = actorSpan(text, event, actor);
      if (at) spans.push({ ...at, kind, label: actorLabel(actor), event_id: event.id });
    }
  }
  for (const q of event.quantities) spans.push({ start: q.start, end: q.end, kind: 'quantity', label: `${q.value} ${q.unit}`, event_id: event.id });
  return spans.map(({ start, end, kind, label, event_id }) => ({ start, end, kind, label, event_id }));
}

/** A quote as the API shows it. */
export function quoteRow(q: StoredQuote): QuoteRow {
  return { text: q.text, start: q.start, end: q.end, speaker_code: q.speaker?.code ?? null, speaker_text: q.speakerText };
}

/**
 * The article with every span to highlight: its events' evidence, quotes, and the actors it names,
 * all read from the store (the mentions were stored when the article was).
 */
export async function articleView(store: Store, id: string) {
  const stored = await store.article(id);
  if (!stored) return null;
  const { text, ...info } = stored;
  const events = await store.articleEvents(id);
  const quotes = (await store.quotesOf([id])).map(quoteRow);
  const mentions = await store.mentionsOf(id);
  const spans: TextSpan[] = [
    ...events.flatMap((e) => eventSpans(text, e)),
    ...quotes.map((q) => ({ start: q.start, end: q.end, kind: 'quote' as const, label: q.speaker_code ?? q.speaker_text ?? '', event_id: null })),
    ...mentions.map((m) => ({ start: m.start, end: m.end, kind: 'mention' as const, label: actorLabel(m.actor), event_id: null })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...info, text, spans, events, quotes };
}
