import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { CsvColumns } from './csv/index.js';
import { readCsvArticles } from './csv/index.js';
import { decodeText, looksBinary } from './decode.js';
import { detectKind, repairC1Controls, sniffCharset } from './detect.js';
import { readFeedArticles } from './feeds/index.js';
import type { IngestProblem, SourceItem } from './formats.js';
import { articleId, parseJsonRecord, parseTextArticle } from './formats.js';
import { extractHtml } from './html/index.js';
import type { HtmlArticle } from './html/index.js';
import { identifyLanguage } from '../nlp/language.js';

/** Extensions picked up when walking a folder; files named explicitly are read whatever their name. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.jsonl', '.ndjson', '.html', '.htm', '.xml', '.rss', '.atom', '.rdf', '.csv', '.tsv']);

export const STDIN = '-';

export interface InputFile {
  path: string;
  size: number;
}

/** Expands paths (files, folders walked recursively in name order, `-` for stdin) into input files. */
export function listInputFiles(paths: string[]): { files: InputFile[]; problems: IngestProblem[] } {
  const files: InputFile[] = [];
  const problems: IngestProblem[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      // A folder that cannot be read is reported by name; its siblings are read all the same.
      problems.push({ file: dir, severity: 'error', message: `folder not read: ${fileError(err)}` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push({ path: full, size: statSync(full).size });
    }
  };
  for (const path of paths) {
    if (path === STDIN) {
      files.push({ path: STDIN, size: 0 });
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch (err) {
      problems.push({ file: path, severity: 'error', message: fileError(err) });
      continue;
    }
    if (stat.isDirectory()) walk(path);
    else files.push({ path, size: stat.size });
  }
  return { files, problems };
}

/** What a failed file-system call means to the user. */
export function fileError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (err as Error).message;
}

export interface ReadOptions {
  /** Column names for CSV/TSV fields, when the header does not name them as expected. */
  csvColumns?: CsvColumns;
}

/** Where an input's bytes came from: a file, or a URL with its response's Content-Type. */
export interface InputDocument {
  /** The file path or URL, for messages. */
  name: string;
  bytes: Uint8Array;
  contentType?: string | null;
  /** The charset the transport declared (HTTP Content-Type). */
  charset?: string | null;
  /** The URL the document was read from, after redirects. */
  url?: string | null;
}

/** An article page as an ingest item: its language from the markup, else identified from its text. */
export function htmlItem(page: HtmlArticle, name: string, url: string | null): SourceItem {
  const link = page.canonicalUrl ?? url;
  const source = page.siteName ?? (link ? new URL(link).hostname : null);
  return {
    article: {
      id: articleId(page.text, link ?? source),
      externalId: null,
      source,
      url: url ?? page.canonicalUrl,
      title: page.title,
      text: page.text,
      date: page.date,
      lang: page.lang ?? identifyLanguage(page.text),
      author: page.author,
      canonicalUrl: page.canonicalUrl,
      origin: { file: name },
    },
    problems: page.date ? [] : [{ file: name, severity: 'warning', message: 'no published date found; events will carry no date' }],
  };
}

/** Reads one document of any kind (text, JSON Lines, HTML, feed, CSV/TSV) and yields its articles. */
export function* readDocument(input: InputDocument, options: ReadOptions = {}): Generator<SourceItem> {
  const { name: file, bytes } = input;
  const charset = sniffCharset(bytes, input.charset);
  if (!charset?.toLowerCase().startsWith('utf-16') && looksBinary(bytes)) {
    yield { article: null, problems: [{ file, severity: 'error', message: 'binary file, not text' }] };
    return;
  }
  const decoded = decodeText(bytes, charset);
  decoded.text = repairC1Controls(decoded.text);
  if (!decoded.text.trim()) {
    yield { article: null, problems: [{ file, severity: 'error', message: 'empty file' }] };
    return;
  }
  const warnings = decoded.warnings.map((w): IngestProblem => ({ file, ...(w.line ? { line: w.line } : {}), severity: 'warning', message: w.message }));
  if (warnings.length) yield { article: null, problems: warnings };
  const kind = detectKind(decoded.text, input.url ?? file, input.contentType);
  if (kind === 'html') {
    try {
      yield htmlItem(extractHtml(decoded.text, input.url ?? null), file, input.url ?? null);
    } catch (err) {
      yield { article: null, problems: [{ file, severity: 'error', message: (err as Error).message }] };
    }
  } else if (kind === 'feed') {
    yield* readFeedArticles(decoded.text, file, input.url ?? null);
  } else if (kind === 'csv' || kind === 'tsv') {
    yield* readCsvArticles(decoded.text, file, kind === 'csv' ? ',' : '\t', options.csvColumns);
  } else if (kind === 'text') {
    yield parseTextArticle(decoded.text, file);
  } else {
    const lines = decoded.text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      yield parseJsonRecord(lines[i], file, i + 1);
    }
  }
}

/** Reads one input file and yields its articles. */
export function* readInputFile(file: string, bytes: Uint8Array = readFileSync(file), options: ReadOptions = {}): Generator<SourceItem> {
  yield* readDocument({ name: file, bytes }, options);
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
