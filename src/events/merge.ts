import type { Event } from '../document/index.js';

export interface MergeNote {
  trigger: string;
  entry: string;
  type: string;
  reason: string;
}

function sharesActor(a: Event, b: Event): boolean {
  return a.actors.some((x) => b.actors.some((y) => x.code === y.code));
}

/**
 * Within one article, a nominal mention that only adds detail to an earlier event of the same
 * type is attached to it instead of standing alone: a definite one with no actor of its own ("de
 * verhoogde alarmfase betekent ..."), or one by the same actor ("sprak van een goed overleg").
 */
export function attachDetails(events: Event[], note: (n: MergeNote) => void): Event[] {
  const kept: Event[] = [];
  for (const event of events) {
    const nominal = event.rules.some((r) => r === 'class:noun' || r === 'class:participant');
    const earlier = [...kept].reverse().find((e) => e.type === event.type && e.evidence.start !== event.evidence.start);
    const definite = event.rules.includes('reference:definite');
    const detail = earlier && nominal && ((event.actors.length === 0 && definite) || sharesActor(earlier, event));
    if (!earlier || !detail) {
      kept.push(event);
      continue;
    }
    (earlier.details ??= []).push({
      text: event.evidence.trigger.text,
      start: event.evidence.start,
      end: event.evidence.end,
      quantities: event.quantities,
    });
    note({
      trigger: event.evidence.trigger.text,
      entry: event.rules[0],
      type: event.type,
      reason: `adds detail to the ${earlier.type} event of "${earlier.evidence.trigger.text}"`,
    });
  }
  return kept;
}
