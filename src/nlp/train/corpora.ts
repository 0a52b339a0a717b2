// Which files of ../shared/data train and measure each language's models, and their licenses.

export interface LanguageCorpora {
  lang: 'nl' | 'en';
  /** UD treebanks (relative to the data dir) the tagger, lemmatiser and parser learn from. */
  udTrain: string[];
  udTest: string[];
  nerTrain: { file: string; tokenPrefix?: string }[];
  nerTest: string;
  udLicense: string;
  nerLicense: string;
}

export const CORPORA: Record<'nl' | 'en', LanguageCorpora> = {
  nl: {
    lang: 'nl',
    // The r2.1 LassySmall train predates the current UD conventions (e.g. possessives as DET,
    // "als" as ADP); the v2.16 LassySmall and Alpino dev files teach the current ones.
    udTrain: [
      'ud/nl_lassysmall-r2.1-train.conllu',
      'ud/nl_alpino-ud-dev.conllu',
      'ud/nl_lassysmall-ud-dev.conllu',
    ],
    udTest: ['ud/nl_alpino-ud-test.conllu', 'ud/nl_lassysmall-ud-test.conllu'],
    nerTrain: [{ file: 'ner/conll2002-nl/ned.train' }],
    nerTest: 'ner/conll2002-nl/ned.testb',
    udLicense: 'CC BY-SA 4.0 (UD Dutch-LassySmall, UD Dutch-Alpino)',
    nerLicense: 'research use only (CoNLL-2002 Dutch NER data, De Morgen 2000; see teropa/nlp README)',
  },
  en: {
    lang: 'en',
    udTrain: ['ud/en_ewt-ud-train.conllu'],
    udTest: ['ud/en_ewt-ud-test.conllu'],
    nerTrain: [{ file: 'ner/conll2003-en/eng.train' }],
    nerTest: 'ner/conll2003-en/eng.testb',
    udLicense: 'CC BY-SA 4.0 (UD English-EWT)',
    nerLicense: 'research use only (CoNLL-2003 English NER data, Reuters RCV1 terms)',
  },
};
