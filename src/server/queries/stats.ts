import { EVENT_DAY } from '../../analytics/dyads.js';
import type { Sql } from '../../store/index.js';

const countOf = (quad: number) => `sum(CASE WHEN quad_class = ${quad} THEN 1 ELSE 0 END)`;

/** Totals and breakdowns for the overview: per language, source, QuadClass and day. */
export async function stats(sql: Sql) {
  const one = async (query: string) => Number((await sql.get<{ n: number }>(query))!.n);
  return {
    articles: await one('SELECT count(*) AS n FROM articles'),
    events: await one('SELECT count(*) AS n FROM events'),
    dyad_days: await one('SELECT count(*) AS n FROM dyad_day WHERE directed = 0'),
    alerts: await one('SELECT count(*) AS n FROM alerts'),
    languages: await sql.all(
      `SELECT a.lang, count(DISTINCT a.id) AS articles, count(e.id) AS events
         FROM articles a LEFT JOIN events e ON e.article_id = a.id GROUP BY a.lang ORDER BY articles DESC`,
    ),
    sources: await sql.all(
      `SELECT coalesce(a.source, '') AS source, count(DISTINCT a.id) AS articles, count(e.id) AS events
         FROM articles a LEFT JOIN events e ON e.article_id = a.id GROUP BY a.source ORDER BY articles DESC LIMIT 20`,
    ),
    types: await sql.all('SELECT type, count(*) AS events FROM events GROUP BY type ORDER BY events DESC'),
    timeline: await sql.all(
      `SELECT day, ${countOf(1)} AS q1, ${countOf(2)} AS q2, ${countOf(3)} AS q3, ${countOf(4)} AS q4
         FROM (SELECT ${EVENT_DAY} AS day, e.quad_class FROM events e JOIN articles a ON a.id = e.article_id) AS dated
        WHERE day IS NOT NULL GROUP BY day ORDER BY day`,
    ),
  };
}
