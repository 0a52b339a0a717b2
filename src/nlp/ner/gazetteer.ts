// Name lists as features for the entity recogniser: the knowledge base's countries, capitals,
// regions (LOC), organisations and armed groups (ORG), office holders (PER) and nationality
// adjectives (MISC). The lists are read from kb/ at training time and stored inside the NER model,
// so running Paraat never reads kb/; without kb/ the recogniser trains without them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iob2Spans } from '../conll/ner.js';

export const GAZETTEER_LABELS = ['LOC', 'ORG', 'PER', 'MISC'] as const;

/** Names per label, as written (matching is case-insensitive on capitalised tokens). */
export type GazetteerLists = Record<(typeof GAZETTEER_LABELS)[number], string[]>;

function tsvRows(path: string): Record<string, string>[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines.shift()?.split('\t') ?? [];
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [header[i], v])));
}

export function readKbGazetteer(kbDir: string): GazetteerLists | null {
  if (!existsSync(kbDir)) return null;
  const lists: GazetteerLists = { LOC: [], ORG: [], PER: [], MISC: [] };
  for (const file of ['countries.tsv', 'countries-nl.tsv', 'countries-en.tsv', 'regions.tsv']) {
    for (const row of tsvRows(join(kbDir, file))) {
      const label = row.type === 'name' || row.type === 'capital' ? 'LOC' : row.type === 'adj' ? 'MISC' : null;
      if (label && row.names) lists[label].push(...row.names.split('|'));
    }
  }
  for (const file of ['igos.tsv', 'groups.tsv']) {
    for (const row of tsvRows(join(kbDir, file))) if (row.names) lists.ORG.push(...row.names.split('|'));
  }
  for (const file of ['persons.tsv', 'persons-phoenix.tsv']) {
    for (const row of tsvRows(join(kbDir, file))) if (row.names) lists.PER.push(...row.names.split('|'));
  }
  for (const label of GAZETTEER_LABELS) lists[label] = [...new Set(lists[label])].sort();
  return lists;
}

/**
 * Name lists from (silver) annotated sentences: every annotated span, under the type most of its
 * occurrences got when that type has at least two thirds of them. Spans with brackets
 * ("Screaming Bloody Murder ( single )") are Wikipedia disambiguations, not names.
 */
export function namesFromAnnotations(sentences: readonly { tokens: string[]; tags: string[] }[]): GazetteerLists {
  const typesOf = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const span of iob2Spans(s.tags)) {
      const tokens = s.tokens.slice(span.start, span.end);
      if (tokens.some((t) => t === '(' || t === ')')) continue;
      const name = tokens.join(' ');
      const types = typesOf.get(name) ?? new Map<string, number>();
      types.set(span.type, (types.get(span.type) ?? 0) + 1);
      typesOf.set(name, types);
    }
  }
  const lists: GazetteerLists = { LOC: [], ORG: [], PER: [], MISC: [] };
  for (const [name, types] of typesOf) {
    const total = [...types.values()].reduce((a, b) => a + b, 0);
    const [type, count] = [...types].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (3 * count >= 2 * total && type in lists) lists[type as keyof GazetteerLists].push(name);
  }
  for (const label of GAZETTEER_LABELS) lists[label].sort();
  return lists;
}

/** Longest-match tagging of token sequences against the lists. */
/** A trie node over lower-cased tokens: the label of the name ending here (-1: none), and what may follow. */
interface NameNode {
  label: number;
  next: Map<string, NameNode> | null;
}

export class Gazetteer {
  /** Lower-cased first token → trie of the names that start with it. */
  private readonly byFirst = new Map<string, NameNode>();

  constructor(lists: GazetteerLists) {
    GAZETTEER_LABELS.forEach((label, index) => {
      for (const name of lists[label]) {
        const tokens = name.toLowerCase().split(/\s+/).filter((t) => t !== '');
        if (tokens.length === 0 || tokens[0] === 'het' || tokens[0] === 'de' || tokens[0] === 'the') continue;
        let level = this.byFirst;
        let node: NameNode | undefined;
        for (const token of tokens) {
          node = level.get(token);
          if (!node) {
            node = { label: -1, next: null };
            level.set(token, node);
          }
          level = node.next ??= new Map();
        }
        // A name listed under two labels keeps the first label (GAZETTEER_LABELS order).
        if (node!.label === -1) node!.label = index;
      }
    });
  }

  /**
   * Per token: 0 outside any match, else 1 + label * 2 (+1 inside a match after its first token);
   * the longest name wins. `lower` holds the forms lower-cased (callers with several gazetteers
   * lower-case once).
   */
  match(forms: readonly string[], lower: readonly string[] = forms.map((f) => f.toLowerCase())): Uint8Array {
    const out = new Uint8Array(forms.length);
    for (let i = 0; i < forms.length; ) {
      let node = forms[i][0] !== lower[i][0] ? this.byFirst.get(lower[i]) : undefined;
      let length = 0;
      let label = -1;
      for (let k = i; node; ) {
        if (node.label !== -1) {
          length = k - i + 1;
          label = node.label;
        }
        k++;
        node = k < forms.length ? node.next?.get(lower[k]) : undefined;
      }
      if (length === 0) {
        i++;
        continue;
      }
      for (let k = 0; k < length; k++) out[i + k] = 1 + label * 2 + (k > 0 ? 1 : 0);
      i += length;
    }
    return out;
  }
}
