import type { ActorRef } from '../api';

export function actorLabel(a: ActorRef): string {
  return a.sector ? `${a.code}/${a.sector}` : a.code;
}

/** Actor codes, each titled with the words that named it. */
export function Actors({ actors }: { actors: ActorRef[] }) {
  if (actors.length === 0) return <span class="muted">–</span>;
  return (
    <span>
      {actors.map((a, i) => (
        <span key={i} class="code" title={a.name}>
          {i > 0 ? ', ' : ''}
          {actorLabel(a)}
        </span>
      ))}
    </span>
  );
}
