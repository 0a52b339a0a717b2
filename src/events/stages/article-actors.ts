import type { ActorRef, Document } from '../../document/index.js';
import type { DraftEvent } from '../draft.js';
import { standing } from '../draft.js';
import { dominantCountry } from '../../kb/index.js';
import { CODER_SETTINGS as SETTINGS } from '../settings.js';
import { groupOf, isGeneric } from './conventions.js';

/** The article's own country (kb's dominantCountry over its mentions) as an actor. */
export function articleCountry(doc: Document): ActorRef | null {
  const code = dominantCountry(doc.mentions);
  const named = code === null ? undefined : doc.mentions.find((m) => m.actor.code === code);
  return named ? { code: named.actor.code, sector: null, kind: 'state', name: doc.text.slice(named.start, named.end), kb_id: null } : null;
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
