// Trains one language's tagger + lemmatiser, parser and entity recogniser from ../shared/data and
// writes the model files with their metadata. Deterministic: fixed seeds, sorted label sets.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu, type ConlluSentence } from '../conll/conllu.js';
import { parseConllNer } from '../conll/ner.js';
import { Lemmatizer, trainLemmatizer, type LemmaModelData } from '../lemma/lemmatizer.js';
import { loadEntityTagger, loadSyntax, modelPath } from '../models.js';
import { WordClusters, clustersUnder, learnWordClusters } from '../ner/clusters.js';
import { namesFromAnnotations, readKbGazetteer } from '../ner/gazetteer.js';
import { trainEntityTagger } from '../ner/ner.js';
import { parserInput, trainParser, type ParserTrainingSentence } from '../parser/parser.js';
import { LIFT_MARK, liftedRelations, projectivise } from '../parser/projectivise.js';
import { hashString } from '../perceptron/hash.js';
import { encodeModel, type ModelContents, type SectionArray } from '../perceptron/modelfile.js';
import { learnWordLexicon } from '../tagger/lexicon.js';
import { Tagger, trainTagger, type TaggedSentence } from '../tagger/tagger.js';
import { computeWordHashes } from '../tagger/wordfeatures.js';
import { tokenize } from '../tokenize.js';
import { CORPORA } from './corpora.js';
import { evaluateEntities, evaluateSyntax, measureThroughput, type EntityScores } from './evaluate.js';
import { harmonise } from './harmonise.js';

export const TRAINING = {
  taggerEpochs: 8,
  /** Tagger training runs averaged into the model (tagger.ts, compileMean). */
  taggerRuns: 5,
  parserEpochs: 12,
  nerEpochs: 14,
  nerMemoryFolds: 5,
  nerClusters: { minCount: 3, contextWords: 1000, depth: 14, seed: 20260128 },
  jackknifeFolds: 5,
  /** Lifted-arc labels (projectivise.ts) seen fewer times than this in training stay plain lifts. */
  minLiftCount: 5,
  /** Lifted words must be at least this share of all for lift labels to be learned at all. */
  minLiftedShare: 0.005,
  explore: 0.9,
  minWeight: { tagger: 0.01, parser: 0.02, ner: 0.01 },
  seed: 20260128,
};

/** Token sequences of a language's unlabelled NER text (see corpora.ts), in a fixed order. */
function unlabelledText(lang: 'nl' | 'en', dataDir: string): string[][] {
  const texts: string[][] = [];
  for (const source of CORPORA[lang].nerUnlabelled) {
    const path = join(dataDir, source.file);
    if (source.format === 'ner') {
      for (const s of parseConllNer(readFileSync(path, 'utf8'), { tokenPrefix: source.tokenPrefix })) texts.push(s.tokens);
    } else if (source.format === 'conllu') {
      for (const s of parseConllu(readFileSync(path, 'utf8'))) texts.push(s.words.map((w) => w.form));
    } else {
      const files = statSync(path).isDirectory()
        ? readdirSync(path).filter((f) => f.endsWith('.txt')).sort().map((f) => join(path, f))
        : [path];
      for (const file of files) {
        for (const line of readFileSync(file, 'utf8').split('\n')) {
          const tokens = tokenize(line, lang).map((t) => t.text);
          if (tokens.length > 0) texts.push(tokens);
        }
      }
    }
  }
  return texts;
}

/** Word clusters (sections prefixed `clusters`) from a language's unlabelled text; the tagger and recogniser share them. */
export function learnLanguageClusters(lang: 'nl' | 'en', dataDir: string): Record<string, SectionArray> {
  return learnWordClusters('clusters', unlabelledText(lang, dataDir), TRAINING.nerClusters);
}

/** The entity recogniser of one language, trained on its CoNLL files and the kb/ name lists. */
export function trainLanguageEntities(
  lang: 'nl' | 'en',
  dataDir: string,
  kbDir: string,
  log: (m: string) => void,
  languageClusters = learnLanguageClusters(lang, dataDir),
): { model: ModelContents; gazetteerNames: number } {
  const corpora = CORPORA[lang];
  const nerData = corpora.nerTrain.flatMap((f) =>
    parseConllNer(readFileSync(join(dataDir, f.file), 'utf8'), { tokenPrefix: f.tokenPrefix }),
  );
  const gazetteer = readKbGazetteer(kbDir);
  const clusters = clustersUnder(languageClusters, 'clusters', 'ner.clusters');
  log(`ner word clusters: ${clusters['ner.clusters.keys'].length} words`);
  const silverNames = corpora.nerSilverNames.length
    ? namesFromAnnotations(
        corpora.nerSilverNames.flatMap((f) => parseConllNer(readFileSync(join(dataDir, f.file), 'utf8'), { tokenPrefix: f.tokenPrefix })),
      )
    : null;
  const model = trainEntityTagger('ner', nerData, { gazetteer, silverNames, clusters }, {
    epochs: TRAINING.nerEpochs,
    memoryFolds: TRAINING.nerMemoryFolds,
    seed: TRAINING.seed,
    minWeight: TRAINING.minWeight.ner,
    log,
  });
  const gazetteerNames = gazetteer ? Object.values(gazetteer).reduce((n, l) => n + l.length, 0) : 0;
  return { model, gazetteerNames };
}

function entityModelMetadata(lang: 'nl' | 'en', gazetteerNames: number, scores: Record<string, EntityScores>): Record<string, unknown> {
  const corpora = CORPORA[lang];
  return {
    what: 'IOB2 named-entity tagger PER/ORG/LOC/MISC (averaged perceptron, greedy; word clusters, name lists, jackknifed document memory)',
    data: corpora.nerTrain.map((f) => f.file),
    gazetteer: gazetteerNames
      ? `name lists from the knowledge base (kb/: countries, regions, organisations, groups, office holders): ${gazetteerNames} names`
      : 'none (kb/ was absent at training time)',
    gazetteerLicense: gazetteerNames ? 'see kb/SOURCES.md (PETRARCH-2 dictionaries MIT, mledoze countries ODbL 1.0, lists written for Paraat)' : undefined,
    silverNames: corpora.nerSilverNames.map((f) => `${f.file} (annotated names; Wikipedia-derived, CC BY-SA)`),
    clusterText: corpora.nerUnlabelled.map((f) => f.file),
    clusterTextNote: 'only derived statistics are stored (word hash → cluster path, case habit); the news texts are © their publishers (research/internal use, see ../shared/data/SOURCES.md)',
    license: corpora.nerLicense,
    researchUseOnly: true,
    settings: {
      epochs: TRAINING.nerEpochs,
      memoryFolds: TRAINING.nerMemoryFolds,
      clusters: TRAINING.nerClusters,
      seed: TRAINING.seed,
      minWeight: TRAINING.minWeight.ner,
    },
    scores,
  };
}

/** Trains only the entity recogniser of a language (`paraat train --component ner`). */
export function trainLanguageNer(
  lang: 'nl' | 'en',
  dataDir: string,
  kbDir: string,
  outDir: string,
  log: (m: string) => void,
): TrainLanguageResult {
  const started = Date.now();
  const ner = trainLanguageEntities(lang, dataDir, kbDir, log);
  const path = modelPath(lang, 'ner', outDir);
  writeFileSync(path, encodeModel(ner.model));
  const seconds = Math.round((Date.now() - started) / 1000);
  const nerTest = CORPORA[lang].nerTest;
  const scores = { [nerTest.split('/').pop()!]: evaluateEntities(loadEntityTagger(lang, outDir), join(dataDir, nerTest)) };
  const bytes = statSync(path).size;
  const meta = { model: `${lang}-ner`, lang, file: path.split('/').pop(), bytes, date: new Date().toISOString().slice(0, 10), trainingSeconds: seconds };
  writeFileSync(path.replace(/\.bin\.gz$/, '.json'), JSON.stringify({ ...meta, ...entityModelMetadata(lang, ner.gazetteerNames, scores) }, null, 2) + '\n');
  log(`${lang}: NER trained in ${seconds}s`);
  return { lang, seconds, files: [{ path, bytes }] };
}

export interface TrainLanguageResult {
  lang: string;
  seconds: number;
  files: { path: string; bytes: number }[];
}

/**
 * Tags for the parser's training sentences come from taggers that did not see them
 * (k-fold jackknifing), so the parser learns from the kind of tags it will get at run time.
 */
function jackknifeTags(data: TaggedSentence[], resources: TaggerResources, log: (m: string) => void): string[][] {
  const folds = TRAINING.jackknifeFolds;
  const out: string[][] = new Array(data.length);
  for (let fold = 0; fold < folds; fold++) {
    const trainPart = data.filter((_, i) => i % folds !== fold);
    const trained = trainTagger('tagger', trainPart, {
      epochs: TRAINING.taggerEpochs,
      seed: TRAINING.seed + fold,
      minWeight: TRAINING.minWeight.tagger,
      ...resources,
    });
    const tagger = Tagger.fromSections('tagger', trained.header, trained.sections);
    data.forEach((s, i) => {
      if (i % folds === fold) out[i] = Array.from(tagger.tag(tagger.readable(s.forms, computeWordHashes(s.forms))), (t) => tagger.tags[t]);
    });
    log(`jackknife fold ${fold + 1}/${folds} done`);
  }
  return out;
}

export interface TrainedSyntax {
  tagger: ModelContents;
  parser: ModelContents;
}

/** What the tagger reads besides the treebanks: word clusters and the word lexicon (sections prefixed `tagger.`). */
export interface TaggerResources {
  clusters: Record<string, SectionArray>;
  lexicon: Record<string, SectionArray>;
}

/** The tagger's word lexicon from a language's CoNLL NER files (their tags and names; see tagger/lexicon.ts). */
export function learnLanguageLexicon(lang: 'nl' | 'en', dataDir: string): Record<string, SectionArray> {
  return learnWordLexicon('tagger.lexicon', CORPORA[lang].taggerLexicon.flatMap((file) => parseConllNer(readFileSync(join(dataDir, file), 'utf8'))));
}

/** Tagger + lemmatiser model from harmonised, tagged sentences. */
export function trainTaggerModel(
  tagged: TaggedSentence[],
  sentences: ConlluSentence[],
  resources: TaggerResources,
  log: (m: string) => void,
): ModelContents {
  const tagger = trainTagger('tagger', tagged, {
    epochs: TRAINING.taggerEpochs,
    runs: TRAINING.taggerRuns,
    seed: TRAINING.seed,
    minWeight: TRAINING.minWeight.tagger,
    ...resources,
    log,
  });
  const lemma = trainLemmatizer(sentences.flatMap((s) => s.words));
  return { header: { ...tagger.header, lemma }, sections: tagger.sections };
}

/**
 * Tagger + lemmatiser and parser from treebanks under current guidelines (`ud`) and older ones
 * (`older`, harmonised against `ud` first).
 */
export function trainSyntax(
  ud: ConlluSentence[],
  olderRaw: ConlluSentence[],
  languageClusters: Record<string, SectionArray>,
  lexicon: Record<string, SectionArray>,
  log: (m: string) => void,
): TrainedSyntax {
  const clusters = clustersUnder(languageClusters, 'clusters', 'tagger.clusters');
  const resources = { clusters, lexicon };
  const older = harmonise(olderRaw, ud);
  const toTagged = (s: ConlluSentence): TaggedSentence => ({ forms: s.words.map((w) => w.form), tags: s.words.map((w) => w.upos) });
  const tagged = ud.map(toTagged);
  const olderTagged = older.map(toTagged);

  const taggerModel = trainTaggerModel(olderTagged.concat(tagged), older.concat(ud), resources, log);
  const lemmatizer = new Lemmatizer((taggerModel.header as { lemma: LemmaModelData }).lemma);

  const parserSentences = older.concat(ud);
  const wordClusters = WordClusters.fromSections('tagger.clusters', clusters);
  const predictedTags = jackknifeTags(olderTagged.concat(tagged), resources, log);
  const currentLabels = new Set(ud.flatMap((s) => s.words.map((w) => w.deprel)));
  // A subtype the current data does not use counts as its universal relation.
  const relationOf = (deprel: string): string => {
    if (currentLabels.has(deprel)) return deprel;
    const universal = deprel.split(':')[0];
    if (!currentLabels.has(universal)) throw new Error(`relation ${deprel} is not in the current-guideline data`);
    return universal;
  };
  const trees = parserSentences.map((s) => {
    const gold = Int32Array.from([0, ...s.words.map((w) => w.head)]);
    const projective = projectivise(gold).heads;
    const relations = liftedRelations(gold, projective, ['', ...s.words.map((w) => relationOf(w.deprel))]);
    return { gold: projective, relations };
  });
  // Lifts seen too rarely to learn stay plain lifts: the word keeps its relation on the higher head.
  const liftCounts = new Map<string, number>();
  for (const { relations } of trees) for (const r of relations) if (r.includes(LIFT_MARK)) liftCounts.set(r, (liftCounts.get(r) ?? 0) + 1);
  const words = trees.reduce((sum, t) => sum + t.relations.length - 1, 0);
  const liftedWords = [...liftCounts.values()].reduce((sum, count) => sum + count, 0);
  // Where crossing arcs are rare (English: 0.1% of words), lift labels cost more than they recover.
  const encodeLifts = liftedWords >= TRAINING.minLiftedShare * words;
  const lifts = encodeLifts ? [...liftCounts].filter(([, count]) => count >= TRAINING.minLiftCount).map(([r]) => r) : [];
  log(`parser: ${liftedWords} of ${words} words lifted to projectivise; ${lifts.length} lift labels`);
  const labels = [...currentLabels, ...lifts].sort();
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const labelOf = (relation: string): number => labelIndex.get(relation) ?? labelIndex.get(relation.split(LIFT_MARK)[0])!;
  const parserData: ParserTrainingSentence[] = parserSentences.map((s, index) => {
    const { gold, relations } = trees[index];
    const goldLabels = Int32Array.from(relations, (r, i) => (i === 0 ? 0 : labelOf(r)));
    const tagHashes = Int32Array.from(predictedTags[index], (t) => hashString(t) | 0);
    // FEATS as the run-time pipeline gets them: from the lemmatiser, given the predicted tag.
    const morphHashes = Int32Array.from(s.words, (w, i) => hashString(lemmatizer.feats(w.form, predictedTags[index][i])) | 0);
    const input = parserInput(computeWordHashes(s.words.map((w) => w.form)), tagHashes, morphHashes, wordClusters);
    return { input, gold, goldLabels, older: index < older.length };
  });
  const parser = trainParser('parser', labels, parserData, {
    epochs: TRAINING.parserEpochs,
    seed: TRAINING.seed,
    minWeight: TRAINING.minWeight.parser,
    explore: TRAINING.explore,
    log,
  });
  return { tagger: taggerModel, parser };
}

export function trainLanguage(
  lang: 'nl' | 'en',
  dataDir: string,
  kbDir: string,
  outDir: string,
  log: (m: string) => void,
): TrainLanguageResult {
  const started = Date.now();
  const corpora = CORPORA[lang];
  const read = (files: string[]) => files.flatMap((f) => parseConllu(readFileSync(join(dataDir, f), 'utf8')));
  const ud: ConlluSentence[] = read(corpora.udTrain);
  const older = read(corpora.udOlder);
  const date = new Date().toISOString().slice(0, 10);

  const clusters = learnLanguageClusters(lang, dataDir);
  const syntaxModels = trainSyntax(ud, older, clusters, learnLanguageLexicon(lang, dataDir), log);
  writeFileSync(modelPath(lang, 'tagger', outDir), encodeModel(syntaxModels.tagger));
  writeFileSync(modelPath(lang, 'parser', outDir), encodeModel(syntaxModels.parser));

  const ner = trainLanguageEntities(lang, dataDir, kbDir, log, clusters);
  writeFileSync(modelPath(lang, 'ner', outDir), encodeModel(ner.model));
  const seconds = Math.round((Date.now() - started) / 1000);

  // Scores go into the metadata, measured on the held-out test files.
  const syntax = loadSyntax(lang, outDir);
  const entities = loadEntityTagger(lang, outDir);
  const syntaxScores = Object.fromEntries(
    corpora.udTest.map((f) => [f.replace(/^ud\//, '').replace(/\.conllu$/, ''), evaluateSyntax(syntax, join(dataDir, f))]),
  );
  const nerScores = { [corpora.nerTest.split('/').pop()!]: evaluateEntities(entities, join(dataDir, corpora.nerTest)) };
  const tokensPerSecond = measureThroughput(syntax, entities, join(dataDir, corpora.udTest[0]));

  const files: { path: string; bytes: number }[] = [];
  const writeMeta = (component: 'tagger' | 'parser' | 'ner', meta: Record<string, unknown>) => {
    const path = modelPath(lang, component, outDir);
    const bytes = statSync(path).size;
    files.push({ path, bytes });
    writeFileSync(
      path.replace(/\.bin\.gz$/, '.json'),
      JSON.stringify({ model: `${lang}-${component}`, lang, file: path.split('/').pop(), bytes, date, trainingSecondsAllComponents: seconds, ...meta }, null, 2) + '\n',
    );
  };
  writeMeta('tagger', {
    what: 'UPOS tagger (averaged perceptron, mean of several training runs; word clusters, word lexicon) with FEATS and lemma lexicon + suffix edit rules',
    data: corpora.udTrain.concat(corpora.udOlder.map((f) => `${f} (harmonised to current UD guidelines)`)),
    license: corpora.udLicense,
    wordLexicon: corpora.taggerLexicon.map((f) => `${f} (its POS column and names; only per-word tag sets and name shares are stored)`),
    wordLexiconLicense: corpora.nerLicense,
    settings: { epochs: TRAINING.taggerEpochs, runs: TRAINING.taggerRuns, seed: TRAINING.seed, minWeight: TRAINING.minWeight.tagger },
    scores: Object.fromEntries(Object.entries(syntaxScores).map(([k, v]) => [k, { upos: v.upos, lemma: v.lemma }])),
  });
  writeMeta('parser', {
    what: 'arc-eager dependency parser (averaged perceptron, dynamic oracle, pseudo-projective: lifted arcs encoded in their labels; word clusters) + arc labeller + relabelling pass over the finished tree; jackknifed tags; punctuation re-attached by the UD rule',
    data: corpora.udTrain.concat(corpora.udOlder.map((f) => `${f} (harmonised to current UD guidelines)`)),
    license: corpora.udLicense,
    settings: {
      epochs: TRAINING.parserEpochs,
      explore: TRAINING.explore,
      seed: TRAINING.seed,
      folds: TRAINING.jackknifeFolds,
      minLiftCount: TRAINING.minLiftCount,
      minLiftedShare: TRAINING.minLiftedShare,
    },
    scores: Object.fromEntries(Object.entries(syntaxScores).map(([k, v]) => [k, { uas: v.uas, las: v.las }])),
    tokensPerSecondTagParseNer: tokensPerSecond,
  });
  writeMeta('ner', entityModelMetadata(lang, ner.gazetteerNames, nerScores));
  log(`${lang}: trained in ${seconds}s`);
  return { lang, seconds, files };
}
