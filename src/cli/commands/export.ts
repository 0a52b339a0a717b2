import { writeFileSync } from 'node:fs';
import { eventsCsv, GDELT_COLUMNS, gdeltRows, ploverRecord, writeParquet } from '../../export/index.js';
import { openStore } from '../../store/index.js';
import { dateOption, existingDatabase, oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export stored events as GDELT 2.0 rows, PLOVER JSON, CSV or Parquet',
  help: `usage: paraat export --format gdelt|plover|csv|parquet [--since D] [--until D] [--out FILE]
                     [--header] [--db FILE]

Writes every stored event in the period (all of them without --since/--until):
  gdelt    the 61 tab-separated columns of the GDELT 2.0 event table (CAMEO codes, actor codes and
           types, QuadClass, Goldstein, dates, place, source URL); one row per actor-recipient pair.
           --header adds a line with the column names (GDELT files have none).
  plover   PLOVER JSON, one record a line (id, date, actor, recipient, event, mode, quad_code,
           event_scale, event_text, text, ...), with Paraat's modality, quantities and evidence
  csv      one flat row per event with a header line
  parquet  the same flat rows as a Parquet file (needs --out), written by DuckDB

options:
  --out FILE   write to FILE instead of standard output
  --since D    events on or after D (YYYY[-MM[-DD]])
  --until D    events on or before D
  --db FILE|URL  SQLite file or postgres:// URL (default $PARAAT_DB or ./paraat.db)
`,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      format: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      out: { type: 'string' },
      header: { type: 'boolean' },
      db: { type: 'string' },
    });
    if (!values.format) throw new UsageError('--format is required (gdelt, plover, csv or parquet)');
    const format = oneOf(values.format, ['gdelt', 'plover', 'csv', 'parquet'] as const, 'format', 'csv');
    if (format === 'parquet' && !values.out) throw new UsageError('--format parquet needs --out FILE');
    const db = existingDatabase(values.db);
    const store = await openStore(db);
    let events;
    try {
      events = await store.queryEvents({ since: dateOption(values.since, 'since'), until: dateOption(values.until, 'until'), limit: null });
    } finally {
      await store.close();
    }
    if (format === 'parquet') {
      await writeParquet(events, values.out!);
    } else {
      let text: string;
      if (format === 'gdelt') {
        const rows = gdeltRows(events).map((r) => r.join('\t'));
        text = (values.header ? [GDELT_COLUMNS.join('\t'), ...rows] : rows).join('\n') + (rows.length ? '\n' : '');
      } else if (format === 'plover') {
        text = events.map((e) => JSON.stringify(ploverRecord(e))).join('\n') + (events.length ? '\n' : '');
      } else {
        text = eventsCsv(events);
      }
      if (values.out) writeFileSync(values.out, text);
      else process.stdout.write(text);
    }
    if (values.out) process.stderr.write(`${events.length} events → ${values.out}\n`);
    return 0;
  },
};
