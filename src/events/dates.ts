import type { Document, PartialDate } from '../document/index.js';
import type { EventLexicon } from './lexicon.js';

/**
 * The event's date: the article's, unless the sentence names a day that can be resolved against a
 * day-precise article date: a weekday (the most recent such day on or before it) or a relative day
 * ("gisteren", "yesterday"). A day that cannot be resolved is kept as text.
 */
export function eventDate(doc: Document, lexicon: EventLexicon, first: number, end: number): { date: PartialDate | null; text: string | null } {
  const published = doc.article.date;
  for (let i = first; i < end; i++) {
    const lower = doc.tokens[i].lower;
    const weekday = lexicon.weekdays.get(lower);
    const offset = lexicon.relativeDays.get(lower);
    if (weekday === undefined && offset === undefined) continue;
    const text = doc.tokens[i].text;
    if (!published || published.length < 10) return { date: published, text };
    const day = new Date(`${published}T00:00:00Z`);
    const shift = weekday !== undefined ? -((day.getUTCDay() - weekday + 7) % 7) : offset!;
    day.setUTCDate(day.getUTCDate() + shift);
    return { date: day.toISOString().slice(0, 10), text: null };
  }
  return { date: published, text: null };
}
