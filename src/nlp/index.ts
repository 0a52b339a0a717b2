import type { Article, Document } from '../document/index.js';
import { existsSync } from 'node:fs';
import { identifyLanguage, SUPPORTED_LANGUAGES } from './language.js';
import { cachedLexicon, lexiconPath, readTable, readWordSet } from './lexicon.js';
import { splitSentences } from './sentences.js';
import { toTokens, tokenize } from './tokenize.js';

export { identifyLanguage, SUPPORTED_LANGUAGES } from './language.js';
export { tokenize } from './tokenize.js';
export { splitGluedHeadlines, splitSentences } from './sentences.js';
export { lexiconPath, readTable, readWordSet, cachedLexicon } from './lexicon.js';
export { annotateEntities, annotateParse, annotateTags, defaultModelsDir, LanguageModels } from './models.js';

/** Words that begin a sentence run into a headline: the hand-written list and the one derived from corpora. */
function sentenceStarters(lang: string): Set<string> {
  return cachedLexicon(`sentence-starters:${lang}`, () => {
    const words = new Set<string>();
    for (const file of ['sentence-starters.tsv', 'sentence-starters-corpus.tsv']) {
      const path = lexiconPath(lang, file);
      if (existsSync(path)) for (const w of readWordSet(path)) words.add(w);
    }
    return words;
  });
}

/** Names and three-letter codes of languages, from every language's language-names.tsv. */
function languageNames(): Map<string, string> {
  return cachedLexicon('language-names', () => {
    const names = new Map<string, string>();
    for (const lang of SUPPORTED_LANGUAGES) {
      const path = lexiconPath(lang, 'language-names.tsv');
      if (existsSync(path)) for (const { cells } of readTable(path)) names.set(cells[0].toLowerCase(), cells[1]);
    }
    return names;
  });
}

/** Normalises a language tag from the input ("NL", "nl-BE", "Dutch") to ISO 639-1, or null. */
export function normaliseLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase();
  const named = languageNames().get(t);
  if (named) return named;
  const m = /^([a-z]{2})(?:[-_][a-z0-9]+)?$/.exec(t);
  return m ? m[1] : null;
}

/** A Document of the article with no layer filled yet. */
export function emptyDocument(article: Article): Document {
  return { article, text: article.text, lang: '', tokens: [], sentences: [], entities: [], mentions: [], events: [], quotes: [] };
}

/** Fills the rule-based layer: language, tokens and sentences. */
export function annotateTokens(doc: Document): void {
  doc.lang = normaliseLanguage(doc.article.lang) ?? identifyLanguage(doc.text);
  doc.tokens = toTokens(tokenize(doc.text, doc.lang));
  doc.sentences = splitSentences(doc.text, doc.tokens, sentenceStarters(doc.lang));
}

/** Turns an article into a Document with tokens and sentences (the rule-based layer). */
export function analyze(article: Article): Document {
  const doc = emptyDocument(article);
  annotateTokens(doc);
  return doc;
}
