import type { Document, PartialDate } from '../document/index.js';
import type { EventLexicon } from './lexicon.js';

/**
 * The event's date: the article's, unless the sentence names a weekday that can be resolved
 * against a day-precise article date (the most recent such day on or before it). A weekday that
 * cannot be resolved is kept as text.
 */
export function eventDate(doc: Document, lexicon: EventLexicon, first: number, end: number): { date: PartialDate | null; text: string | null } {
  const published = doc.article.date;
  for (let i = first; i < end; i++) {
    const weekday = lexicon.weekdays.get(doc.tokens[i].lower);
    if (weekday === undefined) continue;
    const text = doc.tokens[i].text;
    if (!published || published.length < 10) return { date: published, text };
    const day = new Date(`${published}T00:00:00Z`);
    const back = (day.getUTCDay() - weekday + 7) % 7;
    day.setUTCDate(day.getUTCDate() - back);
    return { date: day.toISOString().slice(0, 10), text: null };
  }
  return { date: published, text: null };
}
