import { readFileSync } from 'node:fs';
import { isPartialDate } from '../../kb/dates.js';
import { knowledgeBaseCounts, loadKnowledgeBase, resolveMention, searchKnowledgeBase, showEntry } from '../../kb/index.js';
import type { KnowledgeBase } from '../../kb/index.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';

const HELP = `usage: paraat actors resolve MENTION [--date YYYY[-MM[-DD]]] [--lang nl|en] [--context TEXT]
       paraat actors resolve --batch FILE.jsonl
       paraat actors search NAME
       paraat actors show ID
       paraat actors stats
       (each also takes --kb-extra FILE, repeatable)

resolve   prints the actor a mention stands for on the date, as JSON
          {code, sector, kind, kb_id, name}, or null when it names no actor or is ambiguous.
          Without --date, as of today. --context gives the sentence or article around the
          mention, so a surname can refer back to a full name in it.
          --batch reads one {"mention", "date", "lang", "context"} object per line and prints
          one answer per line, in order; a malformed line prints {"error": ...} in its place,
          is reported on stderr with file and line, and makes the exit code 1.
search    lists the persons, states, regions and organisations whose names contain NAME:
          id, code, kind, name (tab-separated).
show      prints one entry as JSON: a person with names and dated roles, or an actor with its
          names per language.
stats     counts the entries of each kind: actors, names per type and language, sector words,
          persons and roles.

options:
  --date D         article date, YYYY, YYYY-MM or YYYY-MM-DD
  --lang L         language of the mention (nl, en, de, fr); default any
  --context TEXT   text around the mention
  --batch FILE     JSON Lines of mentions to resolve
  --kb-extra FILE  analysts' knowledge-base file, same format as kb/*.tsv (repeatable); its
                   entries extend and override the built-in ones
`;

export const actorsCommand: Command = {
  name: 'actors',
  summary: 'resolve a mention to an actor as of a date; search and show knowledge-base entries',
  help: HELP,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      date: { type: 'string' },
      lang: { type: 'string' },
      context: { type: 'string' },
      batch: { type: 'string' },
      'kb-extra': { type: 'string', multiple: true },
    });
    const [action, ...rest] = positionals;
    const kb = loadKnowledgeBase({ extraFiles: values['kb-extra'] ?? [] });
    if (action === 'resolve') {
      if (values.batch !== undefined) {
        if (rest.length > 0) throw new UsageError('give either MENTION or --batch FILE, not both');
        return resolveBatch(kb, values.batch);
      }
      if (rest.length !== 1) throw new UsageError('resolve takes one MENTION (quote it)');
      const date = values.date ?? null;
      if (date !== null && !isPartialDate(date)) throw new UsageError(`--date must be YYYY, YYYY-MM or YYYY-MM-DD, not "${date}"`);
      const actor = resolveMention(kb, rest[0], { date, lang: values.lang ?? '', context: values.context });
      process.stdout.write(JSON.stringify(actor) + '\n');
      return 0;
    }
    if (action === 'search') {
      if (rest.length !== 1) throw new UsageError('search takes one NAME');
      const hits = searchKnowledgeBase(kb, rest[0]);
      for (const hit of hits) process.stdout.write(`${hit.id}\t${hit.code}\t${hit.kind}\t${hit.name}\n`);
      return hits.length > 0 ? 0 : 1;
    }
    if (action === 'show') {
      if (rest.length !== 1) throw new UsageError('show takes one ID');
      const entry = showEntry(kb, rest[0]);
      if (!entry) {
        process.stderr.write(`paraat actors: no entry with id "${rest[0]}" (try paraat actors search)\n`);
        return 1;
      }
      process.stdout.write(JSON.stringify(entry.type === 'person' ? entry.person : entry.entity, null, 2) + '\n');
      return 0;
    }
    if (action === 'stats') {
      if (rest.length !== 0) throw new UsageError('stats takes no arguments');
      for (const [what, count] of Object.entries(knowledgeBaseCounts(kb))) process.stdout.write(`${String(count).padStart(7)}  ${what}\n`);
      return 0;
    }
    throw new UsageError(action ? `unknown action "${action}"` : 'give an action: resolve, search, show or stats');
  },
};

function resolveBatch(kb: KnowledgeBase, file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`paraat actors: cannot read ${file}: ${(err as Error).message}\n`);
    return 1;
  }
  let failed = 0;
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      const query = parseQuery(line);
      process.stdout.write(JSON.stringify(resolveMention(kb, query.mention, query)) + '\n');
    } catch (err) {
      failed++;
      const message = `${file}:${index + 1}: ${(err as Error).message}`;
      process.stderr.write(`paraat actors: ${message}\n`);
      process.stdout.write(JSON.stringify({ error: message }) + '\n');
    }
  });
  return failed > 0 ? 1 : 0;
}

interface Query {
  mention: string;
  date: string | null;
  lang: string;
  context?: string;
}

function parseQuery(line: string): Query {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not a JSON object');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const { mention, date = null, lang = '', context } = value as Record<string, unknown>;
  if (typeof mention !== 'string' || mention.trim() === '') throw new Error('"mention" must be a non-empty string');
  if (date !== null && (typeof date !== 'string' || !isPartialDate(date))) throw new Error('"date" must be YYYY, YYYY-MM, YYYY-MM-DD or null');
  if (typeof lang !== 'string') throw new Error('"lang" must be a string');
  if (context !== undefined && context !== null && typeof context !== 'string') throw new Error('"context" must be a string');
  return { mention, date, lang, context: typeof context === 'string' ? context : undefined };
}
