import type { Article } from '../document/index.js';
import type { ArticleLimits, IngestProblem } from '../ingest/index.js';
import { DEFAULT_LIMITS, fileError, limitArticleSize, listInputFiles, readInputFile, readStdin, STDIN } from '../ingest/index.js';

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
 * The articles of every input path in order, reporting bad input on stderr and going on.
 * `onFraction` receives the share of input bytes read so far, for progress bars. An article
 * longer than the limit is refused or cut, as `limits.oversize` says.
 */
export async function* readArticles(
  paths: string[],
  report: InputReport,
  onFraction?: (f: number) => void,
  limits: Pick<ArticleLimits, 'maxArticleBytes' | 'oversize'> = DEFAULT_LIMITS,
): AsyncGenerator<Article> {
  const { files, problems } = listInputFiles(paths);
  for (const p of problems) reportProblem(p, report);
  const total = files.reduce((n, f) => n + f.size, 0) || 1;
  let read = 0;
  for (const file of files) {
    const bytes = file.path === STDIN ? await readStdin() : undefined;
    const name = file.path === STDIN ? '<stdin>' : file.path;
    let items;
    try {
      items = readInputFile(name, bytes);
    } catch (err) {
      reportProblem({ file: name, severity: 'error', message: (err as Error).message }, report);
      continue;
    }
    try {
      for (const item of items) {
        for (const p of item.problems) reportProblem(p, report);
        if (!item.article) continue;
        const limited = limitArticleSize(item.article, limits);
        for (const p of limited.problems) reportProblem(p, report);
        if (limited.article) yield limited.article;
      }
    } catch (err) {
      reportProblem({ file: name, severity: 'error', message: fileError(err) }, report);
    }
    read += file.size;
    onFraction?.(read / total);
  }
}
