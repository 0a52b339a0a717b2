// CoNLL-U reading and writing. Multiword-token lines ("3-4") and empty nodes ("5.1") are kept
// verbatim for round-tripping but are not syntactic words: annotation works on `words` only.

export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root, else the 1-based id of the head word. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  comments: string[];
  words: ConlluWord[];
  /** Multiword-token and empty-node lines, keyed by the id of the word they precede. */
  extraLines: Map<number, string[]>;
}

export function parseConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], words: [], extraLines: new Map() };
  const flush = () => {
    if (current.words.length > 0 || current.comments.length > 0) sentences.push(current);
    current = { comments: [], words: [], extraLines: new Map() };
  };
  for (const line of text.split('\n')) {
    const trimmed = line.replace(/\r$/, '');
    if (trimmed.trim() === '') {
      flush();
      continue;
    }
    if (trimmed.startsWith('#')) {
      current.comments.push(trimmed);
      continue;
    }
    const cols = trimmed.split('\t');
    if (cols.length < 10) throw new Error(`CoNLL-U line has ${cols.length} columns, expected 10: ${trimmed}`);
    if (cols[0].includes('-') || cols[0].includes('.')) {
      const nextId = current.words.length + 1;
      const list = current.extraLines.get(nextId) ?? [];
      list.push(trimmed);
      current.extraLines.set(nextId, list);
      continue;
    }
    current.words.push({
      id: Number(cols[0]),
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head: cols[6] === '_' ? 0 : Number(cols[6]),
      deprel: cols[7],
      deps: cols[8],
      misc: cols[9],
    });
  }
  flush();
  return sentences.filter((s) => s.words.length > 0);
}

export function formatConllu(sentences: ConlluSentence[]): string {
  const out: string[] = [];
  for (const sentence of sentences) {
    out.push(...sentence.comments);
    for (const word of sentence.words) {
      const extra = sentence.extraLines.get(word.id);
      if (extra) out.push(...extra);
      out.push(
        [
          word.id,
          word.form,
          word.lemma,
          word.upos,
          word.xpos,
          word.feats,
          word.head,
          word.deprel,
          word.deps,
          word.misc,
        ].join('\t'),
      );
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
