import { describe, expect, it } from 'vitest';
import { formatConllu, parseConllu } from '../../src/nlp/conll/conllu.js';
import { iob2Spans, parseConllNer, toIob2 } from '../../src/nlp/conll/ner.js';

const conllu = [
  '# sent_id = 1',
  '1-2\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '1\tdo\tdo\tAUX\t_\t_\t3\taux\t_\t_',
  '2\tn\'t\tnot\tPART\t_\t_\t3\tadvmod\t_\t_',
  '3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\t_',
  '',
  '',
].join('\n');

describe('CoNLL-U', () => {
  it('reads words apart from multiword-token lines and writes the file back unchanged', () => {
    const sentences = parseConllu(conllu);
    expect(sentences).toHaveLength(1);
    expect(sentences[0].words.map((w) => w.form)).toEqual(['do', "n't", 'go']);
    expect(sentences[0].words[2].head).toBe(0);
    expect(formatConllu(sentences)).toBe(conllu);
  });
});

describe('CoNLL NER', () => {
  it('converts IOB1 to IOB2', () => {
    expect(toIob2(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      'B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'B-ORG',
    ]);
  });

  it('reads sentences and documents, and strips token prefixes', () => {
    const text = '-DOCSTART- -X- O\n\nnl:Wim B-PER\nnl:Kok I-PER\n\nnl:zegt O\n';
    const sentences = parseConllNer(text, { tokenPrefix: 'nl:' });
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toEqual({ tokens: ['Wim', 'Kok'], tags: ['B-PER', 'I-PER'], pos: ['', ''], docStart: true });
    expect(sentences[1].docStart).toBe(false);
  });

  it('keeps the POS column of files that have one', () => {
    const [sentence] = parseConllNer('Wim N B-PER\nKok N I-PER\nzegt V O\n');
    expect(sentence.pos).toEqual(['N', 'N', 'V']);
    expect(sentence.tags).toEqual(['B-PER', 'I-PER', 'O']);
  });

  it('finds spans as conlleval does, a stray I- opening one', () => {
    expect(iob2Spans(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-ORG', 'B-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'ORG' },
      { start: 5, end: 6, type: 'ORG' },
    ]);
  });
});
