// Which files of ../shared/data train and measure each language's models, and their licenses.

export interface LanguageCorpora {
  lang: 'nl' | 'en';
  /** UD treebanks (relative to the data dir) under current guidelines: all models learn from them. */
  udTrain: string[];
  /**
   * Treebanks under older guidelines, harmonised (see harmonise.ts; its punctuation and name
   * fixes are what make them useful to the parser too) before every model learns from them.
   */
  udOlder: string[];
  udTest: string[];
  nerTrain: { file: string; tokenPrefix?: string }[];
  nerTest: string;
  /**
   * Text the NER's word clusters learn from (labels, if any, unused): CoNLL NER files, CoNLL-U
   * treebanks, or raw text (a file, or a directory of .txt files) the tokeniser splits by line.
   */
  /** Silver-annotated NER files whose names become the recogniser's second set of name lists. */
  nerSilverNames: { file: string; tokenPrefix?: string }[];
  nerUnlabelled: { file: string; format: 'ner' | 'conllu' | 'text'; tokenPrefix?: string }[];
  udLicense: string;
  nerLicense: string;
  /** CoNLL NER files whose POS column and names become the tagger's word lexicon (tagger/lexicon.ts); never the NER test file. */
  taggerLexicon: string[];
}

export const CORPORA: Record<'nl' | 'en', LanguageCorpora> = {
  nl: {
    lang: 'nl',
    // The v2.16 dev files are the only Dutch data under current guidelines; the test files stay
    // held out. The r2.1 LassySmall train predates them (possessives as DET, "als" as ADP, ...).
    udTrain: ['ud/nl_alpino-ud-dev.conllu', 'ud/nl_lassysmall-ud-dev.conllu'],
    udOlder: ['ud/nl_lassysmall-r2.1-train.conllu'],
    udTest: ['ud/nl_alpino-ud-test.conllu', 'ud/nl_lassysmall-ud-test.conllu'],
    // testa is the dev file features were tuned on (scripts/ner-dev.ts trains without it); the
    // shipped model also learns from it. testb stays held out.
    nerTrain: [{ file: 'ner/conll2002-nl/ned.train' }, { file: 'ner/conll2002-nl/ned.testa' }],
    nerTest: 'ner/conll2002-nl/ned.testb',
    nerSilverNames: [
      { file: 'ner/wikiann-nl/train', tokenPrefix: 'nl:' },
      { file: 'ner/wikiann-nl/dev', tokenPrefix: 'nl:' },
      { file: 'ner/wikiann-nl/test', tokenPrefix: 'nl:' },
    ],
    nerUnlabelled: [
      { file: 'ner/conll2002-nl/ned.train', format: 'ner' },
      { file: 'ner/wikiann-nl/train', format: 'ner', tokenPrefix: 'nl:' },
      { file: 'ner/wikiann-nl/dev', format: 'ner', tokenPrefix: 'nl:' },
      { file: 'ner/wikiann-nl/test', format: 'ner', tokenPrefix: 'nl:' },
      { file: 'ud/nl_lassysmall-r2.1-train.conllu', format: 'conllu' },
      { file: 'ud/nl_alpino-ud-dev.conllu', format: 'conllu' },
      { file: 'ud/nl_lassysmall-ud-dev.conllu', format: 'conllu' },
      { file: 'news/nl-press-2019-2020.tsv', format: 'text' },
    ],
    udLicense: 'CC BY-SA 4.0 (UD Dutch-LassySmall, UD Dutch-Alpino)',
    nerLicense: 'research use only (CoNLL-2002 Dutch NER data, De Morgen 2000; see teropa/nlp README)',
    taggerLexicon: ['ner/conll2002-nl/ned.train', 'ner/conll2002-nl/ned.testa'],
  },
  en: {
    lang: 'en',
    // The dev file trains the shipped models too; scripts/tagger-dev.ts and parser-dev.ts leave it out to score on it.
    udTrain: ['ud/en_ewt-ud-train.conllu', 'ud/en_ewt-ud-dev.conllu'],
    udOlder: [],
    udTest: ['ud/en_ewt-ud-test.conllu'],
    nerTrain: [{ file: 'ner/conll2003-en/eng.train' }, { file: 'ner/conll2003-en/eng.testa' }],
    nerTest: 'ner/conll2003-en/eng.testb',
    nerSilverNames: [
      { file: 'ner/wikiann-nl/train', tokenPrefix: 'nl:' },
      { file: 'ner/wikiann-nl/dev', tokenPrefix: 'nl:' },
      { file: 'ner/wikiann-nl/test', tokenPrefix: 'nl:' },
    ],
    nerUnlabelled: [
      { file: 'ner/conll2003-en/eng.train', format: 'ner' },
      { file: 'ud/en_ewt-ud-train.conllu', format: 'conllu' },
      { file: 'news/en-guardian-2017-2019.csv', format: 'text' },
      { file: 'news/en-bbc-politics-2004-2005', format: 'text' },
    ],
    udLicense: 'CC BY-SA 4.0 (UD English-EWT)',
    nerLicense: 'research use only (CoNLL-2003 English NER data, Reuters RCV1 terms)',
    taggerLexicon: ['ner/conll2003-en/eng.train', 'ner/conll2003-en/eng.testa'],
  },
};
