import type Database from 'better-sqlite3';
import type { Event } from '../../document/index.js';
import { ftsQuery } from '../../store/index.js';

export interface EventQuery {
  actor?: string;
  recipient?: string;
  /** Events between the two codes, in either direction (as "A-B"). */
  dyad?: [string, string];
  type?: string;
  quad?: number;
  lang?: string;
  since?: string;
  until?: string;
  q?: string;
  /** The id of the last event of the previous page. */
  cursor?: number;
  limit: number;
}

/** An event as the API returns it: the EVAL.md record plus where it was found. */
export type EventItem = Event & {
  id: number;
  article_id: string;
  sentence: string;
  lang: string;
  source: string | null;
  title: string | null;
  article_date: string | null;
};

interface EventRow {
  id: number;
  article_id: string;
  record: string;
  sentence: string;
  lang: string;
  source: string | null;
  title: string | null;
  article_date: string | null;
}

export function toEventItem(row: EventRow): EventItem {
  return {
    ...(JSON.parse(row.record) as Event),
    id: row.id,
    article_id: row.article_id,
    sentence: row.sentence,
    lang: row.lang,
    source: row.source,
    title: row.title,
    article_date: row.article_date,
  };
}

export const EVENT_COLUMNS = `e.id, e.article_id, e.record, e.sentence, a.lang, a.source, a.title, a.date AS article_date`;

/**
 * One page of events, newest stored first. Every value is a bound parameter; the SQL text is
 * assembled only from the fixed fragments below.
 */
export function listEvents(db: Database.Database, query: EventQuery): { events: EventItem[]; next_cursor: number | null } {
  const where: string[] = [];
  const params: unknown[] = [];
  const role = (r: 'actor' | 'recipient', code: string) => {
    where.push(`e.id IN (SELECT event_id FROM event_actors WHERE role = '${r}' AND code = ?)`);
    params.push(code);
  };
  if (query.actor) role('actor', query.actor);
  if (query.recipient) role('recipient', query.recipient);
  if (query.dyad) {
    const [a, b] = query.dyad;
    where.push(`e.id IN (SELECT event_id FROM event_dyads WHERE source = ? AND target = ?
                         UNION SELECT event_id FROM event_dyads WHERE source = ? AND target = ?)`);
    params.push(a, b, b, a);
  }
  if (query.type) {
    where.push('e.type = ?');
    params.push(query.type);
  }
  if (query.quad) {
    where.push('e.quad_class = ?');
    params.push(query.quad);
  }
  if (query.lang) {
    where.push('a.lang = ?');
    params.push(query.lang);
  }
  // Partial dates overlap a period when they agree on the precision both have. The first, coarser
  // condition of each pair can use the date index; the second is the exact test.
  if (query.since) {
    where.push('e.date >= ? AND e.date >= substr(?, 1, length(e.date))');
    params.push(query.since.slice(0, 4), query.since);
  }
  if (query.until) {
    where.push(`e.date < ? AND e.date <= substr(?, 1, length(e.date))`);
    params.push(query.until + '~', query.until);
  }
  if (query.q) {
    where.push('a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
    params.push(ftsQuery(query.q));
  }
  if (query.cursor !== undefined) {
    where.push('e.id < ?');
    params.push(query.cursor);
  }
  const rows = db
    .prepare(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
        ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY e.id DESC LIMIT ?`,
    )
    .all(...params, query.limit + 1) as EventRow[];
  const page = rows.slice(0, query.limit).map(toEventItem);
  return { events: page, next_cursor: rows.length > query.limit ? page[page.length - 1].id : null };
}

export function getEvent(db: Database.Database, id: number): EventItem | null {
  const row = db
    .prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id = ?`)
    .get(id) as EventRow | undefined;
  return row ? toEventItem(row) : null;
}

export function articleEvents(db: Database.Database, articleId: string): EventItem[] {
  const rows = db
    .prepare(`SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? ORDER BY e.seq`)
    .all(articleId) as EventRow[];
  return rows.map(toEventItem);
}
