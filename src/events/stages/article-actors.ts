import type { ActorRef, Document } from '../../document/index.js';
import type { DraftEvent } from '../draft.js';
import { standing } from '../draft.js';
import { CODER_SETTINGS as SETTINGS } from '../settings.js';
import { groupOf, isGeneric } from './conventions.js';

/** Kinds of mention that name a country: the state itself, or a person who stands for one. */
const COUNTRY_KINDS = new Set(['state', 'person']);

/**
 * The article's own country: the one its mentions name most often (the first named, of equals).
 * Null when no country is named twice: one passing mention makes no article's country.
 */
export function articleCountry(doc: Document): ActorRef | null {
  const counts = new Map<string, { ref: ActorRef; n: number }>();
  for (const m of doc.mentions) {
    if (!COUNTRY_KINDS.has(m.actor.kind) || !/^[A-Z]{3}$/.test(m.actor.code)) continue;
    const row = counts.get(m.actor.code) ?? { ref: { code: m.actor.code, sector: null, kind: 'state', name: doc.text.slice(m.start, m.end), kb_id: null }, n: 0 };
    row.n++;
    counts.set(m.actor.code, row);
  }
  let best: { ref: ActorRef; n: number } | null = null;
  for (const row of counts.values()) if (!best || row.n > best.n) best = row;
  return best && best.n >= 2 ? best.ref : null;
}

/**
 * Document stage: who acts where the sentence names nobody, read as a reader reads the article.
 * An event without an actor continues the story of an event shortly before it ("He said ...", a
 * passive whose agent the previous sentence named) and takes its actors; without one, the article's
 * own country acts. Nameless groups of no country ("the police", "protesters") are the article's
 * country's, as ANNOTATION.md codes them. Each fill is named in the event's conventions.
 */
export function resolveArticleActors(drafts: DraftEvent[], doc: Document): void {
  const country = articleCountry(doc);
  const events = drafts.filter((d) => standing(d) && d.attachedTo === null);
  events.forEach((draft, i) => {
    if (draft.actors.length === 0) {
      const previous = events
        .slice(0, i)
        .reverse()
        .find((e) => e.sentence < draft.sentence && draft.sentence - e.sentence <= SETTINGS.previousEventReach && e.actors.length > 0);
      if (previous) {
        draft.actors = previous.actors.filter((a) => !draft.recipients.some((r) => r.code === a.code));
        if (draft.actors.length) draft.conventions.push('actor:previous-event');
      } else if (country && !draft.recipients.some((r) => r.code === country.code)) {
        draft.actors = [country];
        draft.conventions.push('actor:article-country');
      }
    } else if (country && draft.actors.some(isGeneric)) {
      draft.actors = draft.actors.map((a) => (isGeneric(a) ? groupOf(a, country.code) : a));
      draft.conventions.push('actor:article-country-group');
    }
  });
}
