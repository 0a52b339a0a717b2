import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/cli/commands/ingest.js';

interface FixtureArticle {
  id: string;
  text: string;
  title: string;
  date: string;
  lang: string;
  source: string;
}

function day(offset: number): string {
  return new Date(Date.UTC(2024, 3, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Six weeks of news about three pairs: quiet cooperation and criticism, then on the last two days
 * Russia attacks Ukraine and several outlets report it (in English and Dutch). The attack days
 * must raise an alert for RUS–UKR; nothing else should.
 */
export function fixtureArticles(): FixtureArticle[] {
  const articles: FixtureArticle[] = [];
  const add = (offset: number, source: string, lang: string, title: string, text: string) =>
    articles.push({ id: `${source}-${offset}-${articles.length}`, text, title, date: day(offset), lang, source });
  for (let d = 0; d < 40; d++) {
    if (d % 3 === 0) add(d, 'wire-a', 'en', 'Beijing criticises Tokyo', `China criticised Japan over its defence budget on day ${d}.`);
    if (d % 4 === 1) add(d, 'wire-b', 'en', 'Aid for Ukraine', `The United States sent humanitarian aid to Ukraine, shipment ${d} arrived.`);
    if (d % 5 === 2) add(d, 'wire-a', 'en', 'Moscow criticises Kyiv', `Russia criticised Ukraine over its grain exports, statement ${d}.`);
  }
  for (const d of [40, 41]) {
    for (const source of ['wire-a', 'wire-b', 'wire-c']) {
      add(d, source, 'en', 'Russia attacks Ukraine', `Russia attacked Ukraine with drones overnight, officials said. At least ${d - 28} people were killed.`);
    }
    add(d, 'nos', 'nl', 'Rusland valt Oekraïne aan', `Rusland viel Oekraïne maandag aan met raketten.`);
  }
  return articles;
}

/**
 * Writes the fixture as JSON Lines and ingests it into a new database (a SQLite file in a temporary
 * folder, or the given PostgreSQL URL); returns where the database is.
 */
export async function buildFixtureDb(articles = fixtureArticles(), location?: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'paraat-fixture-'));
  const input = join(dir, 'articles.jsonl');
  writeFileSync(input, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const db = location ?? join(dir, 'paraat.db');
  const summary = await ingest([input], db);
  if (summary.errors > 0) throw new Error(`fixture ingest refused ${summary.errors} articles`);
  return db;
}
