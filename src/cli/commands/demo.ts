import { fileURLToPath } from 'node:url';
import { openStore } from '../../store/index.js';
import { databasePath } from '../environment.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { eventTable } from '../format.js';
import { ingest, summaryLine } from './ingest.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** Prints every stored event as a table with its evidence sentence (what npm start shows first). */
export async function printStoredEvents(db: string): Promise<void> {
  const store = await openStore(db);
  try {
    const records = await store.queryEvents({});
    const rows = records.map((r) => ({ event: r, sentence: r.sentence, article: r.article_id }));
    process.stdout.write(eventTable(rows) + '\n');
    process.stderr.write(`\n${records.length} events in ${store.location}. Try: npx paraat events --actor RUS --format json\n`);
  } finally {
    await store.close();
  }
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'ingest the bundled examples/ and print the events found (npm start does this, then serves)',
  help: `usage: paraat demo [--db FILE]

Ingests the example articles shipped in examples/ (the Dutch seed article and short Dutch and
English articles about other crises) into the database and prints a table of the events found,
with the evidence sentence of each. Running it again stores nothing new.

options:
  --db FILE|URL  SQLite file or postgres:// URL (default $PARAAT_DB or ./paraat.db)
`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, { db: { type: 'string' } });
    const db = databasePath(values.db);
    const summary = await ingest([examples], db);
    process.stderr.write(summaryLine(summary, db) + '\n\n');
    await printStoredEvents(db);
    return summary.errors > 0 ? 1 : 0;
  },
};
