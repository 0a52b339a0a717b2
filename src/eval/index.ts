import { readFileSync } from 'node:fs';
import type { Article } from '../document/index.js';
import type { GoldDocument } from './score.js';

export { score, formatReport } from './score.js';
export type { GoldDocument, GoldEvent, PredictedDocument, ScoreReport, ScoreRow } from './score.js';
export { pyRound, pyFixed } from './pyround.js';
export { assignFolds, labelEvents, labelRetypes, requiredGold } from './folds.js';
export { crossValidate, labelDocument, trainDecisionModel } from './crossval.js';
export type { LabelledDocument } from './crossval.js';

/** Reads a gold JSON Lines file; a malformed line is an error naming the file and line. */
export function readGold(path: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const doc = JSON.parse(line) as GoldDocument;
        if (typeof doc.text !== 'string' || typeof doc.id !== 'string') throw new Error('a gold document needs "id" and "text"');
        docs.push(doc);
      } catch (err) {
        throw new Error(`${path}:${i + 1}: ${(err as Error).message}`);
      }
    });
  return docs;
}

/** The article a gold document describes, as the pipeline reads it. */
export function goldArticle(doc: GoldDocument, file: string): Article {
  return {
    id: doc.id,
    externalId: doc.id,
    source: doc.source ?? null,
    url: null,
    title: doc.title ?? null,
    text: doc.text,
    date: doc.date ?? null,
    lang: doc.lang ?? null,
    origin: { file },
  };
}
