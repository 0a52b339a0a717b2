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

interface Conditions {
  where: string[];
  params: unknown[];
}

/**
 * The filters as SQL. `perRow` phrases the membership tests as lookups for one event at a time
 * (for walking the newest events); otherwise they are sets SQLite builds once (for selective
 * filters, where it starts from the set). Every value is a bound parameter; the SQL text comes only
 * from the fixed fragments below.
 */
function conditions(query: EventQuery, perRow: boolean): Conditions {
  const where: string[] = [];
  const params: unknown[] = [];
  const role = (r: 'actor' | 'recipient', code: string) => {
    where.push(
      perRow
        ? `EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.role = '${r}' AND x.code = ?)`
        : `e.id IN (SELECT event_id FROM event_actors WHERE role = '${r}' AND code = ?)`,
    );
    params.push(code);
  };
  if (query.actor) role('actor', query.actor);
  if (query.recipient) role('recipient', query.recipient);
  if (query.dyad) {
    const [a, b] = query.dyad;
    if (perRow) {
      where.push(`EXISTS (SELECT 1 FROM event_dyads d WHERE d.event_id = e.id AND ((d.source = ? AND d.target = ?) OR (d.source = ? AND d.target = ?)))`);
      params.push(a, b, b, a);
    } else {
      // The pair's days are a key range: bound them by the period too, so a day's events are a small set.
      const days = 'day >= ? AND day <= ?';
      where.push(`e.id IN (SELECT event_id FROM event_dyads WHERE source = ? AND target = ? AND ${days}
                           UNION SELECT event_id FROM event_dyads WHERE source = ? AND target = ? AND ${days})`);
      const since = query.since ?? '';
      const until = (query.until ?? '9999') + '~';
      params.push(a, b, since, until, b, a, since, until);
    }
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
  return { where, params };
}

/** How many of the newest event ids a page is first looked for in. */
const RECENT_WINDOW = 20_000;

/**
 * The ids of one page. Most questions have answers among the newest events: walking those from the
 * newest down (ids within RECENT_WINDOW of the cursor) and testing each stops as soon as the page
 * is full, with no sort. When that stretch holds too few matches, a named actor's own events are
 * walked the same way; without one, SQLite starts from the filters' sets, which are then small.
 */
function pageIds(db: Database.Database, query: EventQuery): number[] {
  const before = query.cursor ?? ((db.prepare('SELECT max(id) FROM events').pluck().get() as number | null) ?? 0) + 1;
  const walk = conditions(query, true);
  const recent = db
    .prepare(
      `SELECT e.id FROM events e CROSS JOIN articles a ON a.id = e.article_id
        WHERE e.id < ? AND e.id >= ? ${walk.where.map((w) => 'AND ' + w).join(' ')} ORDER BY e.id DESC LIMIT ?`,
    )
    .pluck()
    .all(before, before - RECENT_WINDOW, ...walk.params, query.limit + 1) as number[];
  if (recent.length > query.limit) return recent;
  if (query.actor || query.recipient) {
    // Walk the events of the named actor instead, newest first, in the order its index keeps them.
    const [role, code] = rarerActor(db, query);
    return db
      .prepare(
        `SELECT DISTINCT e.id FROM event_actors x CROSS JOIN events e ON e.id = x.event_id CROSS JOIN articles a ON a.id = e.article_id
          WHERE x.role = ? AND x.code = ? AND x.event_id < ? ${walk.where.map((w) => 'AND ' + w).join(' ')}
          ORDER BY x.event_id DESC LIMIT ?`,
      )
      .pluck()
      .all(role, code, before, ...walk.params, query.limit + 1) as number[];
  }
  const sets = conditions(query, false);
  return db
    .prepare(
      `SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id
        WHERE e.id < ? ${sets.where.map((w) => 'AND ' + w).join(' ')} ORDER BY e.id DESC LIMIT ?`,
    )
    .pluck()
    .all(before, ...sets.params, query.limit + 1) as number[];
}

/** Of actor and recipient, the one with fewer events (counted up to a bound: only the smaller matters). */
function rarerActor(db: Database.Database, query: EventQuery): ['actor' | 'recipient', string] {
  if (!query.actor) return ['recipient', query.recipient!];
  if (!query.recipient) return ['actor', query.actor];
  const count = db.prepare('SELECT count(*) FROM (SELECT 1 FROM event_actors WHERE role = ? AND code = ? LIMIT 20000)').pluck();
  return (count.get('recipient', query.recipient) as number) < (count.get('actor', query.actor) as number)
    ? ['recipient', query.recipient]
    : ['actor', query.actor];
}

/** One page of events, newest stored first, and the cursor for the next page (null at the end). */
export function listEvents(db: Database.Database, query: EventQuery): { events: EventItem[]; next_cursor: number | null } {
  const ids = pageIds(db, query);
  // Rows are fetched only for the page, so the searches above move ids, not whole records.
  const page = ids.slice(0, query.limit);
  const rows = db
    .prepare(
      `SELECT ${EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
        WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id DESC`,
    )
    .all(JSON.stringify(page)) as EventRow[];
  return { events: rows.map(toEventItem), next_cursor: ids.length > query.limit ? page[page.length - 1] : null };
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
