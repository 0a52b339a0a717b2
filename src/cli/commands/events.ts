import { openStore } from '../../store/index.js';
import type { EventFilter, EventRecord } from '../../store/index.js';
import { dateOption, existingDatabase, oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { eventsCsv } from '../../export/index.js';
import { actorCodes, eventTable } from '../format.js';

export const eventsCommand: Command = {
  name: 'events',
  summary: 'query the stored events',
  help: `usage: paraat events [--actor CODE] [--recipient CODE] [--type T] [--since D] [--until D]
                     [--lang L] [--text QUERY] [--format table|json|csv] [--limit N] [--db FILE]

Lists stored events, oldest first. Dates may be partial (2022, 2022-01, 2022-01-24): an event
counts when its date overlaps the period. --text finds articles containing all the words, with
or without accents (Oekraine finds Oekraïne). --format json prints one JSON array of event
objects as in EVAL.md, each with its article_id and sentence.

options:
  --actor CODE       actor code (USA, RUS, NATO, ...)
  --recipient CODE   recipient code
  --type T           PLOVER type (ASSAULT, CONSULT, ...)
  --since D          events on or after D
  --until D          events on or before D
  --lang L           article language (nl, en, ...)
  --text QUERY       words in the article text
  --format F         table (default), json or csv
  --limit N          at most N events (default 10000)
  --db FILE|URL      SQLite file or postgres:// URL (default $PARAAT_DB or ./paraat.db)
`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      actor: { type: 'string' },
      recipient: { type: 'string' },
      type: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      lang: { type: 'string' },
      text: { type: 'string' },
      format: { type: 'string' },
      limit: { type: 'string' },
      db: { type: 'string' },
    });
    const format = oneOf(values.format, ['table', 'json', 'csv'] as const, 'format', 'table');
    const limit = values.limit === undefined ? undefined : Number(values.limit);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new UsageError(`--limit must be a positive whole number, not "${values.limit}"`);
    const db = existingDatabase(values.db);
    const filter: EventFilter = {
      actor: values.actor,
      recipient: values.recipient,
      type: values.type,
      since: dateOption(values.since, 'since'),
      until: dateOption(values.until, 'until'),
      lang: values.lang,
      text: values.text,
      limit,
    };
    const store = await openStore(db);
    try {
      const records = await store.queryEvents(filter);
      const quotes = await store.quotesOf(records.map((r) => r.article_id));
      // A quote stands beside an event when it lies in the event's sentence.
      const beside = (r: EventRecord) => quotes.filter((q) => q.article_id === r.article_id && q.start < r.evidence.end && q.end > r.evidence.start);
      if (format === 'json') {
        process.stdout.write(JSON.stringify(records.map((r) => ({ ...r, quotes: beside(r).map(({ article_id: _, ...q }) => q) })), null, 1) + '\n');
      } else if (format === 'csv') {
        process.stdout.write(eventsCsv(records));
      } else {
        const rows = records.map((r) => ({ event: r, sentence: r.sentence, article: r.article_id }));
        process.stdout.write(eventTable(rows) + '\n');
        const shown = [...new Set(records.flatMap(beside))];
        if (shown.length) process.stdout.write('\nquotes:\n' + shown.map((q) => `  ${q.speakerText ?? '?'}${q.speaker ? ` (${actorCodes([q.speaker])})` : ''}: "${q.text}"`).join('\n') + '\n');
        process.stderr.write(`${records.length} event${records.length === 1 ? '' : 's'}\n`);
      }
    } finally {
      await store.close();
    }
    return 0;
  },
};
