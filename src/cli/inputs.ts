import type { Article } from '../document/index.js';
import type { ArticleLimits, IngestProblem } from '../ingest/index.js';
import { CSV_FIELDS, DEFAULT_LIMITS, limitArticleSize, readSources } from '../ingest/index.js';
import type { CsvColumns, SourceOptions } from '../ingest/index.js';

export interface InputReport {
  errors: number;
  warnings: number;
}

/** Prints an input problem as "file:line: error: message" on stderr. */
export function reportProblem(problem: IngestProblem, report: InputReport): void {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  process.stderr.write(`${where}: ${problem.severity}: ${problem.message}\n`);
  if (problem.severity === 'error') report.errors++;
  else report.warnings++;
}

/**
/**
 * The articles of every input (paths and URLs) in order, reporting bad input on stderr and going on.
 * `onFraction` receives the share of input bytes read so far, for progress bars. An article
 * longer than the limit is refused or cut, as `limits.oversize` says.
 */
export async function* readArticles(
  inputs: string[],
  report: InputReport,
  onFraction?: (f: number) => void,
  options: SourceOptions = {},
  limits: Pick<ArticleLimits, 'maxArticleBytes' | 'oversize'> = DEFAULT_LIMITS,
): AsyncGenerator<Article> {
  for await (const { item } of readSources(inputs, options, onFraction)) {
    for (const p of item.problems) reportProblem(p, report);
    if (!item.article) continue;
    const limited = limitArticleSize(item.article, limits);
    for (const p of limited.problems) reportProblem(p, report);
    if (limited.article) yield limited.article;
  }
}

/** The command-line options that say how to read inputs, shared by read, ingest and extract. */
export const SOURCE_OPTIONS = {
  fetch: { type: 'boolean' },
  ...Object.fromEntries(CSV_FIELDS.map((field) => [`${field}-column`, { type: 'string' }])),
} as const satisfies Record<string, { type: 'boolean' | 'string' }>;

export const SOURCE_OPTIONS_HELP = `  --fetch                 fetch the page of a feed item that holds only a summary
  --FIELD-column NAME     the CSV/TSV column of a field (${CSV_FIELDS.join(', ')}) when its
                          header does not name it as expected, e.g. --text-column body`;

export function sourceOptions(values: Record<string, unknown>): SourceOptions {
  const csvColumns: CsvColumns = {};
  for (const field of CSV_FIELDS) {
    const name = values[`${field}-column`];
    if (typeof name === 'string') csvColumns[field] = name;
  }
  return { fetch: values.fetch === true, csvColumns };
}
