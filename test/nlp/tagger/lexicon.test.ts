import { describe, expect, it } from 'vitest';
import { parseConllNer } from '../../../src/nlp/conll/ner.js';
import { WordLexicon, learnWordLexicon, lexiconFeatures } from '../../../src/nlp/tagger/lexicon.js';
import { MAX_TAGGER_FEATURES, Tagger, trainTagger, type TaggedSentence } from '../../../src/nlp/tagger/tagger.js';
import { computeWordHashes } from '../../../src/nlp/tagger/wordfeatures.js';

// CoNLL-2002 style lines of our own: word, foreign POS tag, IOB name tag.
const conll = [
  '-DOCSTART- -DOCSTART- O',
  'De Art O',
  'molen N O',
  'van Prep O',
  'Jan N B-PER',
  'Smit N I-PER',
  'draait V O',
  '.  Punc O',
  '',
  'Smit N B-PER',
  'vind V O',
  'de Art O',
  'molen N O',
  'mooi Adj O',
  '',
].join('\n');

describe('word lexicon from NER files', () => {
  const lexicon = WordLexicon.fromSections('lex', learnWordLexicon('lex', parseConllNer(conll)))!;
  const entry = (word: string) => lexicon.entriesOf(computeWordHashes([word]))[0];

  it('keeps each word\'s foreign tags and how often it stood in a name', () => {
    expect(entry('molen')).not.toBe(0);
    expect(entry('onbekend')).toBe(0);
    // Same foreign tag, never in a name: same entry; "Smit" always in a name, "Jan" too.
    expect(entry('molen')).toBe(entry('Molen'));
    expect(entry('smit')).not.toBe(entry('molen'));
    expect(entry('Smit') >>> 21).toBe(entry('Jan') >>> 21);
    expect(entry('draait')).toBe(entry('vind'));
    expect(entry('draait')).not.toBe(entry('molen'));
  });

  it('gives words with different entries different features', () => {
    const h = computeWordHashes(['molen', 'vind']);
    const entries = lexicon.entriesOf(h);
    const classes = new Int32Array(2);
    const a = new Int32Array(MAX_TAGGER_FEATURES);
    const b = new Int32Array(MAX_TAGGER_FEATURES);
    const count = lexiconFeatures(entries, classes, h, 0, -1, a, 0);
    expect(lexiconFeatures(entries, classes, h, 1, -1, b, 0)).toBe(count);
    expect(a[0]).not.toBe(b[0]);
  });
});

describe('tagger with a word lexicon', () => {
  // Treebank words the lexicon also knows teach the tagger what its N and V mean; the test words
  // are new to the treebank and their endings point the wrong way ("molen" ends like "lopen").
  const lexiconText = ['kat N O', 'hond N O', 'boom N O', 'stoel N O', 'molen N O', 'lopen V O', 'rent V O', 'valt V O', 'vind V O', 'wij Pron O', 'zien V O', '']
    .join('\n');
  const data: TaggedSentence[] = [];
  for (let i = 0; i < 3; i++) {
    for (const noun of ['kat', 'hond', 'boom', 'stoel']) data.push({ forms: ['wij', 'zien', noun], tags: ['PRON', 'VERB', 'NOUN'] });
    for (const verb of ['lopen', 'rent', 'valt']) data.push({ forms: ['wij', 'zien', verb], tags: ['PRON', 'VERB', 'VERB'] });
  }
  const lexicon = learnWordLexicon('tagger.lexicon', parseConllNer(lexiconText));
  const tagLast = (options: { lexicon?: typeof lexicon }, word: string) => {
    const trained = trainTagger('tagger', data, { epochs: 5, seed: 2, minWeight: 0, ...options });
    const tagger = Tagger.fromSections('tagger', trained.header, trained.sections);
    const forms = ['wij', 'zien', word];
    return tagger.tags[tagger.tag(tagger.readable(forms, computeWordHashes(forms)))[2]];
  };

  it('tags words the treebank never saw by their lexicon entry, and stores the lexicon with the model', () => {
    expect(tagLast({ lexicon }, 'molen')).toBe('NOUN');
    expect(tagLast({ lexicon }, 'vind')).toBe('VERB');
    const trained = trainTagger('tagger', data, { epochs: 1, seed: 2, minWeight: 0, lexicon });
    expect(Array.from(trained.sections['tagger.lexicon.keys'])).toEqual(Array.from(lexicon['tagger.lexicon.keys']));
  });

  it('without the lexicon falls back on the endings', () => {
    expect([tagLast({}, 'molen'), tagLast({}, 'vind')]).not.toEqual(['NOUN', 'VERB']);
  });
});
