import type { Dialect, Sql } from './sql.js';
import type { EventFilter } from './store.js';

export interface Conditions {
  where: string[];
  params: unknown[];
  /** Whether the conditions read the article (alias a), which must then be joined. */
  articles: boolean;
}

/** A filter whose words (text) are also the database's search query for them. */
export type SearchFilter = EventFilter & { textQuery?: unknown };

/** Adds the search query of the filter's words, which the database builds where it stems them. */
export async function withTextQuery<F extends EventFilter>(sql: Sql, filter: F): Promise<F & { textQuery?: unknown }> {
  return filter.text ? { ...filter, textQuery: await sql.dialect.textQuery(sql, filter.text) } : filter;
}

/** Codes and types are upper case, languages lower case, however they were typed. */
export function normalized<F extends EventFilter>(filter: F): F {
  return {
    ...filter,
    actor: filter.actor?.toUpperCase(),
    recipient: filter.recipient?.toUpperCase(),
    dyad: filter.dyad?.map((c) => c.toUpperCase()) as [string, string] | undefined,
    type: filter.type?.toUpperCase(),
    lang: filter.lang?.toLowerCase(),
  };
}

/**
 * The partial-date rule, once for every reader: dates are partial ("2022", "2022-01", "2022-01-24")
 * and a date overlaps a bound when the two agree on the precision both have, so an event of
 * January 2022 overlaps --until 2022-01-10 and an event of 2022-01-20 overlaps --until 2022-01.
 * Spelled as plain comparisons of whole dates, so each is an index range and the planner can count
 * it: a date overlaps `since` when it is not before it or is one of its coarser prefixes (2022 and
 * 2022-01 overlap 2022-01-10), and overlaps `until` when it sorts before everything that starts
 * with it ("~" sorts after every digit and "-").
 */
function dateBounds(filter: EventFilter, c: Conditions): void {
  if (filter.since) {
    const prefixes = [4, 7].filter((n) => n < filter.since!.length).map((n) => filter.since!.slice(0, n));
    c.where.push(prefixes.length ? `(e.date >= ? ${prefixes.map(() => 'OR e.date = ?').join(' ')})` : 'e.date >= ?');
    c.params.push(filter.since, ...prefixes);
  }
  if (filter.until) {
    c.where.push('e.date < ?');
    c.params.push(filter.until + '~');
  }
}

/**
 * The filters as SQL over events `e` joined to articles `a`. `perRow` phrases the membership tests
 * as lookups for one event at a time (for walking the newest events); otherwise they are sets the
 * database builds once (for selective filters, where it starts from the set). Every value is a bound
 * parameter; the SQL text comes only from the fixed fragments below.
 */
export function eventConditions(filter: SearchFilter, dialect: Dialect, perRow: boolean): Conditions {
  const c: Conditions = { where: [], params: [], articles: Boolean(filter.lang || filter.text) };
  const role = (r: 'actor' | 'recipient', code: string) => {
    c.where.push(
      perRow
        ? `EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.role = '${r}' AND x.code = ?)`
        : `e.id IN (SELECT event_id FROM event_actors WHERE role = '${r}' AND code = ?)`,
    );
    c.params.push(code);
  };
  if (filter.actor) role('actor', filter.actor);
  if (filter.recipient) role('recipient', filter.recipient);
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    if (perRow) {
      c.where.push(`EXISTS (SELECT 1 FROM event_dyads d WHERE d.event_id = e.id AND ((d.source = ? AND d.target = ?) OR (d.source = ? AND d.target = ?)))`);
      c.params.push(a, b, b, a);
    } else {
      // The pair's days are a key range: bound them by the period too, so a day's events are a small set.
      const days = 'day >= ? AND day <= ?';
      c.where.push(`e.id IN (SELECT event_id FROM event_dyads WHERE source = ? AND target = ? AND ${days}
                           UNION SELECT event_id FROM event_dyads WHERE source = ? AND target = ? AND ${days})`);
      const since = filter.since ?? '';
      const until = (filter.until ?? '9999') + '~';
      c.params.push(a, b, since, until, b, a, since, until);
    }
  }
  if (filter.type) {
    c.where.push('e.type = ?');
    c.params.push(filter.type);
  }
  if (filter.quad) {
    c.where.push('e.quad_class = ?');
    c.params.push(filter.quad);
  }
  if (filter.lang) {
    c.where.push('a.lang = ?');
    c.params.push(filter.lang);
  }
  dateBounds(filter, c);
  if (filter.text) {
    if (filter.textQuery === undefined) throw new Error('the search words were not turned into a query (withTextQuery)');
    c.where.push(dialect.textMatch);
    c.params.push(filter.textQuery);
  }
  return c;
}

/** The conditions as a WHERE clause's continuation ("AND ..." each). */
export function andAll(c: Conditions): string {
  return c.where.map((w) => 'AND ' + w).join(' ');
}
