import { openDatabase, rebuildAnalytics } from '../../analytics/index.js';
import { databasePath } from '../environment.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';

export const analyticsCommand: Command = {
  name: 'analytics',
  summary: 'recompute the escalation analytics (dyad aggregates, index, alerts)',
  help: `usage: paraat analytics rebuild [--db FILE]

The analytics (daily aggregates per actor pair, the conflict–cooperation index and the
escalation alerts) are updated as articles are stored. "rebuild" recomputes them all from the
stored events: after upgrading Paraat, or for a database made before analytics existed.

options:
  --db FILE   database file (default $PARAAT_DB or ./paraat.db)
`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { db: { type: 'string' } });
    if (positionals.length !== 1 || positionals[0] !== 'rebuild') throw new UsageError('the only action is "rebuild"');
    const path = databasePath(values.db);
    const db = await openDatabase(path);
    try {
      const started = performance.now();
      const result = rebuildAnalytics(db);
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(`${result.dyadDays} dyad-days, ${result.alerts} alerts → ${path} (${seconds.toFixed(1)}s)\n`);
    } finally {
      db.close();
    }
    return 0;
  },
};
