import type { ActorRef, Mention } from '../document/index.js';

export function actorRef(m: Mention): ActorRef {
  return { ...m.actor };
}

/** The actors without repeats of one code and sector, in their first order. */
export function uniqueActors(actors: ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return actors.filter((a) => {
    const key = `${a.code}/${a.sector ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
