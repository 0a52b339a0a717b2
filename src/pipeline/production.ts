// The production components, in data-flow order. Layers a language without models cannot fill
// (token.upos, doc.entities, token.head, ...) stay empty there; the stages after read what is present.
import { codeEvents, findQuotes, markCandidateSentences } from '../events/index.js';
import { decideEvents } from '../events/decision/index.js';
import { annotateMentions } from '../kb/index.js';
import { resolveReferences } from '../reference/index.js';
import { annotateEntities, annotateParse, annotateTags, annotateTokens, splitGluedHeadlines } from '../nlp/index.js';
import type { Component } from './component.js';

export const tokens: Component = {
  name: 'tokens',
  requires: [],
  assigns: ['doc.lang', 'tokens', 'sentences'],
  run: (doc) => annotateTokens(doc),
};

export const tagger: Component = {
  name: 'tagger',
  requires: ['doc.lang', 'tokens', 'sentences'],
  assigns: ['token.upos', 'token.feats', 'token.lemma'],
  run: (doc, { models }) => {
    if (models.has(doc.lang)) annotateTags(doc, models.syntax(doc.lang));
  },
};

export const recogniser: Component = {
  name: 'recogniser',
  requires: ['doc.lang', 'tokens', 'sentences'],
  assigns: ['doc.entities'],
  run: (doc, { models }) => {
    if (models.has(doc.lang)) annotateEntities(doc, models.entities(doc.lang));
  },
};

/** Re-draws the sentence boundaries where the tags show a headline glued to the lead. */
export const headlines: Component = {
  name: 'headlines',
  requires: ['tokens', 'sentences', 'token.upos', 'token.feats', 'doc.entities'],
  assigns: ['sentences'],
  run: (doc) => {
    const inNames = new Set(doc.entities.flatMap((e) => Array.from({ length: e.endToken - e.firstToken }, (_, k) => e.firstToken + k)));
    doc.sentences = splitGluedHeadlines(doc.text, doc.tokens, doc.sentences, inNames);
  },
};

export const mentions: Component = {
  name: 'mentions',
  requires: ['tokens', 'sentences', 'token.upos', 'doc.entities'],
  assigns: ['doc.mentions'],
  run: (doc, { kb }) => annotateMentions(kb, doc),
};

/** Pronouns, possessives and definite descriptions take an earlier mention's actor; quotes without a speaker take a neighbouring sentence's. */
export const references: Component = {
  name: 'references',
  requires: ['tokens', 'sentences', 'token.upos', 'token.feats', 'token.lemma', 'doc.entities', 'doc.mentions'],
  assigns: ['doc.mentions', 'sentence.speaker'],
  run: (doc, { kb }) => resolveReferences(doc, kb),
};

export const candidates: Component = {
  name: 'candidates',
  requires: ['tokens', 'sentences', 'token.lemma'],
  assigns: ['sentence.candidate'],
  run: (doc) => markCandidateSentences(doc),
};

/** Parses only the sentences that hold a candidate trigger: the others are read by nothing that needs a tree. */
export const parser: Component = {
  name: 'parser',
  requires: ['tokens', 'sentences', 'token.upos', 'token.feats', 'sentence.candidate'],
  assigns: ['token.head', 'token.deprel'],
  run: (doc, { models }) => {
    if (models.has(doc.lang)) annotateParse(doc, models.syntax(doc.lang), (sentence) => sentence.candidate === true);
  },
};

export const coder: Component = {
  name: 'coder',
  requires: ['tokens', 'sentences', 'token.lemma', 'token.upos', 'token.feats', 'token.head', 'token.deprel', 'doc.mentions', 'sentence.speaker'],
  assigns: ['doc.events'],
  run: (doc, { syntaxRoleLanguages }, { decisions, drafts }) => {
    codeEvents(doc, { decisions, drafts, syntaxRoleLanguages });
  },
};

/** The learned decision over the coder's candidates: which are events, of which type. */
export const decision: Component = {
  name: 'decision',
  requires: ['doc.events'],
  assigns: ['doc.events'],
  run: (doc, { decisionModels }, { decisions, drafts }) => {
    const model = decisionModels.of(doc.lang);
    if (model) decideEvents(doc, drafts, model, decisions);
  },
};

export const quotes: Component = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'token.lemma', 'doc.mentions', 'sentence.speaker'],
  assigns: ['doc.quotes'],
  run: (doc) => {
    findQuotes(doc);
  },
};

export const PRODUCTION_COMPONENTS: readonly Component[] = [tokens, tagger, recogniser, headlines, mentions, references, candidates, parser, coder, decision, quotes];
