import { datePrecision } from '../../ingest/index.js';
import type { Article } from '../../document/index.js';
import { readSources } from '../../ingest/index.js';
import { identifyLanguage } from '../../nlp/language.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import type { InputReport } from '../inputs.js';
import { reportProblem, SOURCE_OPTIONS, SOURCE_OPTIONS_HELP, sourceOptions } from '../inputs.js';
import { renderTable } from '../table.js';

/** What Paraat read of one article, as `paraat read` prints it. */
export function readRecord(input: string, article: Article) {
  return {
    input,
    id: article.id,
    url: article.url,
    canonical_url: article.canonicalUrl ?? null,
    title: article.title,
    date: article.date,
    date_precision: article.date ? datePrecision(article.date) : null,
    author: article.author ?? null,
    lang: article.lang ?? identifyLanguage(article.text),
    source: article.source,
    text: article.text,
  };
}

export const readCommand: Command = {
  name: 'read',
  summary: 'print what Paraat reads from files, feeds, pages and URLs (no coding, no database)',
  help: `usage: paraat read PATH|URL... [--format jsonl|table] [--fetch] [--FIELD-column NAME]

Prints, in input order, every article Paraat finds in each input, without coding or storing it:
one JSON object per article with input (the path or URL it came from), id, url, canonical_url,
title, date and date_precision (year, month or day), author, lang, source and text.

Inputs are read by their content: plain text, JSON Lines, HTML pages (the main text, title,
published date, author, language and canonical URL), RSS 0.9x/1.0/2.0 and Atom feeds (one article
per item), CSV/TSV files with a header (one article per row), folders (walked recursively),
- for stdin, and http(s) URLs (fetched with a time, size and redirect limit; robots.txt obeyed).
Bad input is reported as "file[:line]: error: problem" and the rest goes on; the exit code is 1
when anything was refused.

options:
  --format jsonl|table    output format (default jsonl)
${SOURCE_OPTIONS_HELP}
`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { format: { type: 'string' }, ...SOURCE_OPTIONS });
    const format = oneOf(values.format, ['jsonl', 'table'] as const, 'format', 'jsonl');
    if (positionals.length === 0) throw new UsageError('give at least one file, folder, URL or - for stdin');
    const report: InputReport = { errors: 0, warnings: 0 };
    const rows: string[][] = [];
    for await (const { input, item } of readSources(positionals, sourceOptions(values))) {
      for (const p of item.problems) reportProblem(p, report);
      if (!item.article) continue;
      const record = readRecord(input, item.article);
      if (format === 'jsonl') process.stdout.write(JSON.stringify(record) + '\n');
      else rows.push([record.input, record.date ?? '-', record.lang, String(record.text.length), record.title ?? '-']);
    }
    if (format === 'table') process.stdout.write(renderTable(['input', 'date', 'lang', 'chars', 'title'], rows) + '\n');
    return report.errors > 0 ? 1 : 0;
  },
};
