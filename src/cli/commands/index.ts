import type { Command } from '../command.js';
import { actorsCommand } from './actors.js';
import { analyticsCommand } from './analytics.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { eventsCommand } from './events.js';
import { explainCommand } from './explain.js';
import { exportCommand } from './export.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { nerCommand } from './ner.js';
import { parseCommand } from './parse.js';
import { queueCommand } from './queue.js';
import { readCommand } from './read.js';
import { serveCommand } from './serve.js';
import { trainCommand } from './train.js';
import { watchCommand } from './watch.js';
import { workerCommand } from './worker.js';

/** Every sub-command, in the order `paraat --help` lists them. */
export const commands: Command[] = [
  demoCommand,
  readCommand,
  ingestCommand,
  watchCommand,
  workerCommand,
  queueCommand,
  extractCommand,
  eventsCommand,
  evalCommand,
  explainCommand,
  exportCommand,
  actorsCommand,
  analyticsCommand,
  serveCommand,
  parseCommand, nerCommand, trainCommand];
