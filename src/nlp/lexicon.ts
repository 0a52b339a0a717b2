import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Lexicon files live in <repo>/lexicons/<lang>/; this module sits two levels below the repo root
// both as TypeScript source (src/nlp) and compiled output (dist/nlp).
const lexiconRoot = fileURLToPath(new URL('../../lexicons/', import.meta.url));

export function lexiconPath(lang: string, file: string): string {
  return `${lexiconRoot}${lang}/${file}`;
}

/**
 * Reads a tab-separated lexicon file: `#` starts a comment line, blank lines are skipped.
 * Returns the rows as arrays of trimmed cells, with the line number for error messages.
 */
export function readTable(path: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    rows.push({ line: i + 1, cells: raw.split('\t').map((c) => c.trim()) });
  }
  return rows;
}

/** Reads a one-entry-per-line word list (first column of a table), lower-cased. */
export function readWordSet(path: string): Set<string> {
  return new Set(readTable(path).map((r) => r.cells[0].toLowerCase()));
}

const cache = new Map<string, unknown>();

/** Loads a per-language lexicon once and keeps it for the life of the process. */
export function cachedLexicon<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}
