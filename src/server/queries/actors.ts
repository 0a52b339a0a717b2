import type Database from 'better-sqlite3';

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
export function searchActors(db: Database.Database, q: string | undefined, limit: number): ActorSummary[] {
  const rows = db
    .prepare(
      `SELECT code, max(kind) AS kind, json_group_array(DISTINCT name) AS names, count(DISTINCT event_id) AS events
         FROM event_actors
        WHERE ? IS NULL OR code LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'
        GROUP BY code ORDER BY events DESC, code LIMIT ?`,
    )
    .all(q ?? null, likePattern(q ?? ''), likePattern(q ?? ''), limit) as (Omit<ActorSummary, 'names'> & { names: string })[];
  return rows.map((r) => ({ ...r, names: (JSON.parse(r.names) as (string | null)[]).filter((n): n is string => !!n).slice(0, 5) }));
}
