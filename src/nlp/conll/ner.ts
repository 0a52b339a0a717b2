// CoNLL-2002/2003 NER files: one token per line, first column the word, last column the tag;
// blank lines end sentences; "-DOCSTART-" lines separate documents.

export interface NerSentence {
  tokens: string[];
  /** IOB2 tags (B-X starts every entity). */
  tags: string[];
  /** The second column when a line has more than two (the POS tag of the CoNLL-2002/2003 files), else "". */
  pos: string[];
  /** True when a -DOCSTART- line came right before this sentence. */
  docStart: boolean;
}

export interface NerReadOptions {
  /** Remove this prefix from tokens (WikiANN writes "nl:word"). */
  tokenPrefix?: string;
}

export function parseConllNer(text: string, options: NerReadOptions = {}): NerSentence[] {
  const sentences: NerSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let pos: string[] = [];
  let docStart = false;
  const flush = () => {
    if (tokens.length > 0) sentences.push({ tokens, tags: toIob2(tags), pos, docStart });
    if (tokens.length > 0) docStart = false;
    tokens = [];
    tags = [];
    pos = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split(/[\t ]+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      docStart = true;
      continue;
    }
    let token = cols[0];
    if (options.tokenPrefix && token.startsWith(options.tokenPrefix)) token = token.slice(options.tokenPrefix.length);
    tokens.push(token);
    tags.push(cols.length > 1 ? cols[cols.length - 1] : 'O');
    pos.push(cols.length > 2 ? cols[1] : '');
  }
  flush();
  return sentences;
}

/** Converts IOB1 (I- may start an entity) to IOB2; IOB2 input passes unchanged. */
export function toIob2(tags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag.startsWith('I-')) {
      const type = tag.slice(2);
      const prev = i > 0 ? out[i - 1] : 'O';
      out.push(prev === `B-${type}` || prev === `I-${type}` ? tag : `B-${type}`);
    } else {
      out.push(tag);
    }
  }
  return out;
}

export interface Span {
  start: number;
  end: number;
  type: string;
}

/** Entity spans of an IOB2 sequence; a stray I-X opens a span, as conlleval does. */
export function iob2Spans(tags: string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const type = tag.length > 2 ? tag.slice(2) : '';
    const continues = tag.startsWith('I-') && open !== null && open.type === type;
    if (open && !continues) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (tag.startsWith('B-') || (tag.startsWith('I-') && !continues)) open = { start: i, end: i + 1, type };
  }
  if (open) {
    open.end = tags.length;
    spans.push(open);
  }
  return spans;
}
