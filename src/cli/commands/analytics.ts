import { rebuildAnalytics } from '../../analytics/index.js';
import { openStore, shownLocation } from '../../store/index.js';
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
  --db FILE|URL  SQLite file or postgres:// URL (default $PARAAT_DB or ./paraat.db)
`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { db: { type: 'string' } });
    if (positionals.length !== 1 || positionals[0] !== 'rebuild') throw new UsageError('the only action is "rebuild"');
    const path = databasePath(values.db);
    const store = await openStore(path);
    try {
      const started = performance.now();
      const result = await rebuildAnalytics(store.sql);
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(`${result.dyadDays} dyad-days, ${result.alerts} alerts → ${shownLocation(path)} (${seconds.toFixed(1)}s)\n`);
    } finally {
      await store.close();
    }
    return 0;
  },
};
