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
  udLicense: string;
  nerLicense: string;
}

export const CORPORA: Record<'nl' | 'en', LanguageCorpora> = {
  nl: {
    lang: 'nl',
    // The v2.16 dev files are the only Dutch data under current guidelines; the test files stay
    // held out. The r2.1 LassySmall train predates them (possessives as DET, "als" as ADP, ...).
    udTrain: ['ud/nl_alpino-ud-dev.conllu', 'ud/nl_lassysmall-ud-dev.conllu'],
    udOlder: ['ud/nl_lassysmall-r2.1-train.conllu'],
    udTest: ['ud/nl_alpino-ud-test.conllu', 'ud/nl_lassysmall-ud-test.conllu'],
    nerTrain: [{ file: 'ner/conll2002-nl/ned.train' }],
    nerTest: 'ner/conll2002-nl/ned.testb',
    udLicense: 'CC BY-SA 4.0 (UD Dutch-LassySmall, UD Dutch-Alpino)',
    nerLicense: 'research use only (CoNLL-2002 Dutch NER data, De Morgen 2000; see teropa/nlp README)',
  },
  en: {
    lang: 'en',
    udTrain: ['ud/en_ewt-ud-train.conllu'],
    udOlder: [],
    udTest: ['ud/en_ewt-ud-test.conllu'],
    nerTrain: [{ file: 'ner/conll2003-en/eng.train' }],
    nerTest: 'ner/conll2003-en/eng.testb',
    udLicense: 'CC BY-SA 4.0 (UD English-EWT)',
    nerLicense: 'research use only (CoNLL-2003 English NER data, Reuters RCV1 terms)',
  },
};
