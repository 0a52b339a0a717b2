import type { Sql } from '../../store/index.js';
import { EVENT_DAY } from '../../analytics/dyads.js';

export interface FlowEdge {
  source: string;
  target: string;
  events: number;
  articles: number;
  score: number;
}

/** Directed event flows between actors over a period, from the daily dyad aggregates. */
export function networkEdges(sql: Sql, since: string | undefined, until: string | undefined, limit: number): Promise<FlowEdge[]> {
  return sql.all<FlowEdge>(
    `SELECT source, target, sum(events) AS events, sum(articles) AS articles, sum(score * articles) / sum(articles) AS score
       FROM dyad_day ${sql.dialect.indexedBy('dyad_day_window')} WHERE directed = 1 AND day >= ? AND day <= ?
      GROUP BY source, target ORDER BY events DESC, source, target LIMIT ?`,
    [since ?? '0000', until ?? '9999', limit],
  );
}

/** Events per actor code (as actor or recipient) over a period, for the map. */
export function eventsPerCountry(sql: Sql, since: string | undefined, until: string | undefined) {
  return sql.all<{ code: string; events: number; goldstein: number | null }>(
    `SELECT ea.code, count(DISTINCT e.id) AS events, avg(e.goldstein) AS goldstein
       FROM events e JOIN articles a ON a.id = e.article_id JOIN event_actors ea ON ea.event_id = e.id
      WHERE ea.role IN ('actor', 'recipient') AND ea.kind = 'state'
        AND coalesce(${EVENT_DAY}, e.date, a.date, '') BETWEEN ? AND ?
      GROUP BY ea.code ORDER BY events DESC, ea.code`,
    [since ?? '', until ?? '9999'],
  );
}
