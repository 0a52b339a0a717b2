import type Database from 'better-sqlite3';
import { EVENT_DAY } from '../../analytics/dyads.js';

/** Totals and breakdowns for the overview: per language, source, QuadClass and day. */
export function stats(db: Database.Database) {
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    articles: one('SELECT count(*) AS n FROM articles'),
    events: one('SELECT count(*) AS n FROM events'),
    dyad_days: one('SELECT count(*) AS n FROM dyad_day WHERE directed = 0'),
    alerts: one('SELECT count(*) AS n FROM alerts'),
    languages: db
      .prepare(
        `SELECT a.lang, count(DISTINCT a.id) AS articles, count(e.id) AS events
           FROM articles a LEFT JOIN events e ON e.article_id = a.id GROUP BY a.lang ORDER BY articles DESC`,
      )
      .all(),
    sources: db
      .prepare(
        `SELECT coalesce(a.source, '') AS source, count(DISTINCT a.id) AS articles, count(e.id) AS events
           FROM articles a LEFT JOIN events e ON e.article_id = a.id GROUP BY a.source ORDER BY articles DESC LIMIT 20`,
      )
      .all(),
    types: db.prepare('SELECT type, count(*) AS events FROM events GROUP BY type ORDER BY events DESC').all(),
    timeline: db
      .prepare(
        `SELECT day, sum(quad_class = 1) AS q1, sum(quad_class = 2) AS q2, sum(quad_class = 3) AS q3, sum(quad_class = 4) AS q4
           FROM (SELECT ${EVENT_DAY} AS day, e.quad_class FROM events e JOIN articles a ON a.id = e.article_id)
          WHERE day IS NOT NULL GROUP BY day ORDER BY day`,
      )
      .all(),
  };
}
