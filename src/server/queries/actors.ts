import type { Sql } from '../../store/index.js';

export interface ActorSummary {
  code: string;
  kind: string;
  names: string[];
  events: number;
}

/** Codes escaped for LIKE, so "%" and "_" in a search match themselves. */
function likePattern(text: string): string {
  return '%' + text.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
}

/** Actors seen in events whose code or any name contains the text, most frequent first. */
export async function searchActors(sql: Sql, q: string | undefined, limit: number): Promise<ActorSummary[]> {
  const like = sql.dialect.likeCaseless;
  const rows = await sql.all<Omit<ActorSummary, 'names'> & { names: string }>(
    `SELECT code, max(kind) AS kind, ${sql.dialect.jsonArray('DISTINCT name')} AS names, count(DISTINCT event_id) AS events
       FROM event_actors
      WHERE CAST(? AS TEXT) IS NULL OR code ${like} ? ESCAPE '\\' OR name ${like} ? ESCAPE '\\'
      GROUP BY code ORDER BY events DESC, code LIMIT ?`,
    [q ?? null, likePattern(q ?? ''), likePattern(q ?? ''), limit],
  );
  // Names in alphabetical order: the databases collect them in their own.
  return rows.map((r) => ({ ...r, names: (JSON.parse(r.names) as (string | null)[]).filter((n): n is string => !!n).sort().slice(0, 5) }));
}
