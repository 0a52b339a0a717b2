// Every input in order, files, folders, stdin and URLs alike, as the items they hold; with
// `fetch`, a feed item that holds only a summary is replaced by the article of its page.
import { readFileSync } from 'node:fs';
import { extractHtml } from './html/index.js';
import { Fetcher, FetchError, isUrl } from './fetch/index.js';
import type { SourceItem } from './formats.js';
import { htmlItem, listInputFiles, readDocument, readStdin, STDIN } from './sources.js';
import type { ReadOptions } from './sources.js';
import { decodeText } from './decode.js';
import { sniffCharset } from './detect.js';

export interface SourceOptions extends ReadOptions {
  /** Fetch the pages of feed items that hold only a summary. */
  fetch?: boolean;
  fetcher?: Fetcher;
}

export interface InputItem {
  /** The path or URL given (or the file found in a folder) that the item came from. */
  input: string;
  item: SourceItem;
}

/** The article of a page, read as a feed item's full text; the item's own fields fill what the page lacks. */
export async function fetchPageItem(pageUrl: string, item: SourceItem, fetcher: Fetcher): Promise<SourceItem> {
  const fallback = item.article;
  try {
    const fetched = await fetcher.fetch(pageUrl);
    const { text, warnings } = decodeText(fetched.bytes, sniffCharset(fetched.bytes, fetched.charset));
    const page = htmlItem(extractHtml(text, fetched.url), pageUrl, fetched.url);
    const article = page.article!;
    const problems = [...warnings.map((w) => ({ file: pageUrl, ...(w.line ? { line: w.line } : {}), severity: 'warning' as const, message: w.message })), ...(fallback?.date || article.date ? [] : page.problems)];
    return {
      article: {
        ...article,
        title: fallback?.title ?? article.title,
        date: article.date ?? fallback?.date ?? null,
        author: article.author ?? fallback?.author ?? null,
        source: fallback?.source ?? article.source,
        origin: fallback?.origin ?? article.origin,
      },
      problems,
    };
  } catch (err) {
    const message = err instanceof FetchError ? err.message : `${pageUrl}: ${(err as Error).message}`;
    // The summary is still an article when the page cannot be read.
    const problems = [...item.problems.filter((p) => p.severity === 'warning'), { file: item.problems[0]?.file ?? pageUrl, severity: fallback ? ('warning' as const) : ('error' as const), message }];
    return fallback ? { article: fallback, problems } : { article: null, problems };
  }
}

async function* withPages(input: string, items: Iterable<SourceItem>, options: SourceOptions, fetcher: () => Fetcher): AsyncGenerator<InputItem> {
  for (const item of items) {
    if (options.fetch && item.pageUrl) yield { input, item: await fetchPageItem(item.pageUrl, item, fetcher()) };
    else yield { input, item };
  }
}

/** The items of every input, in input order; `onFraction` receives the share of file bytes read. */
export async function* readSources(inputs: string[], options: SourceOptions = {}, onFraction?: (f: number) => void): AsyncGenerator<InputItem> {
  let shared: Fetcher | undefined = options.fetcher;
  const fetcher = () => (shared ??= new Fetcher());
  const groups = inputs.map((input) => (isUrl(input) ? { input, url: true as const } : { input, url: false as const, ...listInputFiles([input]) }));
  const total = groups.reduce((n, g) => n + (g.url ? 0 : g.files.reduce((m, f) => m + f.size, 0)), 0) || 1;
  let read = 0;
  for (const group of groups) {
    if (group.url) {
      let items: Iterable<SourceItem>;
      try {
        const fetched = await fetcher().fetch(group.input);
        items = readDocument({ name: group.input, bytes: fetched.bytes, contentType: fetched.contentType, charset: fetched.charset, url: fetched.url }, options);
      } catch (err) {
        if (!(err instanceof FetchError)) throw err;
        items = [{ article: null, problems: [{ file: group.input, severity: 'error', message: err.message.replace(`${group.input}: `, '') }] }];
      }
      yield* withPages(group.input, items, options, fetcher);
      continue;
    }
    for (const problem of group.problems) yield { input: group.input, item: { article: null, problems: [problem] } };
    for (const file of group.files) {
      const name = file.path === STDIN ? '<stdin>' : file.path;
      try {
        const bytes = file.path === STDIN ? await readStdin() : undefined;
        yield* withPages(name, readDocument({ name, bytes: bytes ?? readFileSync(file.path) }, options), options, fetcher);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const message = code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
        yield { input: name, item: { article: null, problems: [{ file: name, severity: 'error', message }] } };
      }
      read += file.size;
      onFraction?.(read / total);
    }
  }
}
