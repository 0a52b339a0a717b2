import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeText, looksBinary } from './decode.js';
import type { IngestProblem, SourceItem } from './formats.js';
import { looksLikeJsonLines, parseJsonRecord, parseTextArticle } from './formats.js';

/** Extensions picked up when walking a folder; files named explicitly are read whatever their name. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.jsonl', '.ndjson']);
const JSON_LINES_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

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

/** Reads one input file and yields its articles (one for text, one per line for JSON Lines). */
export function* readInputFile(file: string, bytes: Uint8Array = readFileSync(file)): Generator<SourceItem> {
  if (looksBinary(bytes)) {
    yield { article: null, problems: [{ file, severity: 'error', message: 'binary file, not text' }] };
    return;
  }
  const decoded = decodeText(bytes);
  if (!decoded.text.trim()) {
    yield { article: null, problems: [{ file, severity: 'error', message: 'empty file' }] };
    return;
  }
  const warnings = decoded.warnings.map((w): IngestProblem => ({ file, ...(w.line ? { line: w.line } : {}), severity: 'warning', message: w.message }));
  if (warnings.length) yield { article: null, problems: warnings };
  const jsonLines = JSON_LINES_EXTENSIONS.has(extname(file).toLowerCase()) || looksLikeJsonLines(decoded.text);
  if (!jsonLines) {
    yield parseTextArticle(decoded.text, file);
    return;
  }
  const lines = decoded.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    yield parseJsonRecord(lines[i], file, i + 1);
  }
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
