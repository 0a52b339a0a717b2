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
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
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
    try {
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else files.push({ path, size: stat.size });
    } catch {
      problems.push({ file: path, severity: 'error', message: 'no such file or folder' });
    }
  }
  return { files, problems };
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
  if (decoded.warning) yield { article: null, problems: [{ file, severity: 'warning', message: decoded.warning }] };
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
