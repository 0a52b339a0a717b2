import type Database from 'better-sqlite3';
import type { ActorRef, Article, Mention } from '../../document/index.js';
import type { EventItem } from './events.js';
import { articleEvents } from './events.js';

export interface ArticleInfo {
  id: string;
  external_id: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  date: string | null;
  lang: string;
}

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

export function getArticleInfo(db: Database.Database, id: string): ArticleInfo | null {
  const row = db
    .prepare('SELECT id, external_id, title, source, url, date, lang FROM articles WHERE id = ?')
    .get(id) as ArticleInfo | undefined;
  return row ?? null;
}

export function getArticleText(db: Database.Database, id: string): string | null {
  const row = db.prepare('SELECT text FROM articles WHERE id = ?').get(id) as { text: string } | undefined;
  return row?.text ?? null;
}

export function articleQuotes(db: Database.Database, id: string): QuoteRow[] {
  return db
    .prepare('SELECT text, start, end, speaker_code, speaker_text FROM quotes WHERE article_id = ? ORDER BY start')
    .all(id) as QuoteRow[];
}

function actorLabel(a: ActorRef): string {
  return a.sector ? `${a.code}/${a.sector}` : a.code;
}

/**
 * Actor offsets are not stored, only the words that named them: find those words inside the
 * event's evidence sentence (nearest the trigger), which is where the coder found them.
 */
function actorSpan(text: string, event: EventItem, actor: ActorRef): { start: number; end: number } | null {
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
export function eventSpans(text: string, event: EventItem): TextSpan[] {
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

/** The stored article as the pipeline takes it, to find its actor mentions again. */
export function storedArticle(info: ArticleInfo, text: string): Article {
  return {
    id: info.id,
    externalId: info.external_id,
    source: info.source,
    url: info.url,
    title: info.title,
    text,
    date: info.date,
    lang: info.lang,
    origin: { file: 'database' },
  };
}

/** The article with every span to highlight: its events' evidence, quotes, and the actors it names. */
export function articleView(db: Database.Database, id: string, findMentions: (article: Article) => Mention[]) {
  const info = getArticleInfo(db, id);
  const text = getArticleText(db, id);
  if (!info || text === null) return null;
  const events = articleEvents(db, id);
  const quotes = articleQuotes(db, id);
  const mentions = findMentions(storedArticle(info, text));
  const spans: TextSpan[] = [
    ...events.flatMap((e) => eventSpans(text, e)),
    ...quotes.map((q) => ({ start: q.start, end: q.end, kind: 'quote' as const, label: q.speaker_code ?? q.speaker_text ?? '', event_id: null })),
    ...mentions.map((m) => ({ start: m.start, end: m.end, kind: 'mention' as const, label: actorLabel(m.actor), event_id: null })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...info, text, spans, events, quotes };
}
