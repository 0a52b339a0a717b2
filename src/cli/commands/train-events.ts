import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Document } from '../../document/index.js';
import { decisionModelPath, modelToJson } from '../../events/decision/index.js';
import { pipelineConfig } from '../environment.js';
import type { DraftEvent } from '../../events/index.js';
import { crossValidate, goldArticle, labelDocument, readGold, score, trainDecisionModel } from '../../eval/index.js';
import type { GoldDocument, LabelledDocument } from '../../eval/index.js';
import { Progress } from '../progress.js';

export interface TrainEventsOptions {
  /** Gold files of the kind the model is for: trained on, scored by cross-validation, and the threshold chosen on. */
  gold: string[];
  /** Further gold files trained on only. */
  train: string[];
  outDir: string;
  folds: number;
  /** The day written into the metadata (YYYY-MM-DD). */
  date: string;
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);

function figures(report: ReturnType<typeof score>) {
  const row = (level: 'type' | 'full') => {
    const r = report[level].all ?? { precision: 0, recall: 0, f1: 0 };
    return { precision: r.precision, recall: r.recall, f1: r.f1 };
  };
  return { type: row('type'), full: row('full') };
}

/**
 * Trains one decision model per language found in the gold files, writes models/<lang>-events.json
 * with its metadata: the data, the cross-validated scores before (rules alone) and after.
 */
export async function trainEvents(options: TrainEventsOptions, log: (line: string) => void): Promise<string[]> {
  const { createPipeline } = await import('../../pipeline/index.js');
  const pipeline = createPipeline({ ...pipelineConfig(), decision: false });
  const labelled: LabelledDocument[] = [];
  const fileOf = new Map<GoldDocument, string>();
  for (const file of [...options.gold, ...options.train]) {
    const docs = readGold(file);
    const target = options.gold.includes(file);
    const progress = new Progress(`coding ${basename(file)}`);
    docs.forEach((g, i) => {
      const drafts: DraftEvent[] = [];
      labelled.push(labelDocument(g, pipeline.process(goldArticle(g, file), undefined, drafts), drafts, target));
      fileOf.set(g, file);
      progress.update(i + 1, (i + 1) / docs.length);
    });
    progress.finish();
  }
  const written: string[] = [];
  for (const lang of [...new Set(labelled.map((d) => d.doc.lang))].sort()) {
    const docs = labelled.filter((d) => d.doc.lang === lang);
    const targets = docs.filter((d) => d.target);
    const kept = crossValidate(docs, options.folds);
    const scores = (events: (d: LabelledDocument) => Document['events']) =>
      figures(
        score(
          targets.map((d) => d.gold),
          targets.map((d) => ({ id: d.gold.id, events: events(d) })),
        ),
      );
    const before = scores((d) => d.doc.events);
    const after = scores((d) => kept.get(d) ?? []);
    const model = trainDecisionModel(lang, docs, {
      component: 'event decision (logistic regression over candidate events)',
      trained: options.date,
      data: [...options.gold, ...options.train]
        .map((f) => ({ file: basename(f), sha256: sha256(f), documents: docs.filter((d) => fileOf.get(d.gold) === f).length, role: options.gold.includes(f) ? 'trained on, scored, threshold' : 'trained on' }))
        .filter((f) => f.documents > 0),
      license: 'derived from news texts annotated for research (EventDNA: research use; Guardian, BBC: © publishers, research use); weights of word and context features, no sentences',
      candidates: docs.reduce((n, d) => n + d.candidates.length, 0),
      cross_validation: { folds: options.folds, over: 'documents', rules_only: before, with_decision: after },
    });
    const path = decisionModelPath(lang, options.outDir);
    writeFileSync(path, modelToJson(model));
    log(`${lang}: ${targets.length} + ${docs.length - targets.length} documents, threshold ${model.threshold}, ${model.weights.size} weights; ${options.folds}-fold type F1 ${before.type.f1} → ${after.type.f1}, full F1 ${before.full.f1} → ${after.full.f1}`);
    written.push(path);
  }
  return written;
}
