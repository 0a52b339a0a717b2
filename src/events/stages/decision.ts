import type { DraftEvent } from '../draft.js';
import type { SentenceView } from '../sentence-view.js';
import type { TriggerFilter } from './filters.js';
import { TRIGGER_FILTERS } from './filters.js';

/**
 * Stage 2: turns down the candidates that are no event, by the filter table. Each filter runs over
 * the candidates still standing when its turn comes, so it sees the others as the filters before
 * it left them; a turned-down candidate keeps its draft, with the filter that turned it down.
 */
export function decide(drafts: DraftEvent[], view: SentenceView, filters: readonly TriggerFilter[] = TRIGGER_FILTERS): DraftEvent[] {
  for (const filter of filters) {
    const standing = drafts.filter((d) => !d.rejected);
    for (const draft of standing) {
      const reason = filter.test(draft, view, standing);
      if (reason !== null) draft.rejected = { stage: 'decision', filter: filter.name, reason };
    }
  }
  for (const draft of drafts) {
    draft.trace.push({ stage: 'decision', note: draft.rejected ? `turned down by ${draft.rejected.filter}: ${draft.rejected.reason}` : 'passed every filter' });
  }
  return drafts;
}
