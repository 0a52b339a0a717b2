// A port of ../shared/eval/score.py (EVAL.md): gold JSONL vs predicted documents, type-level and
// full P/R/F1, modality accuracy. It must give exactly the reference scorer's numbers.
import { pyFixed, pyRound } from './pyround.js';

const SYMMETRIC = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
const GENERIC: Record<string, string> = { IGO: 'igo', NGO: 'ngo' };

export interface GoldEvent {
  sentence: string;
  type: string;
  mode?: string | null;
  actor: string[] | null;
  recipient?: string[] | null;
  modality?: string | null;
  optional?: boolean;
  /** The words that make it an event (news development sets). */
  trigger?: string;
}

export interface GoldDocument {
  id: string;
  lang?: string;
  date?: string | null;
  title?: string | null;
  source?: string | null;
  text: string;
  annotated_types?: string[];
  events?: GoldEvent[];
}

type Side = (string | { code?: string | null; kind?: string | null })[] | null | undefined;

export interface PredictedEvent {
  type?: string;
  actors?: Side;
  recipients?: Side;
  modality?: string;
  evidence?: { start?: number; trigger?: { start?: number } | null } | null;
}

export interface PredictedDocument {
  id?: string;
  events?: PredictedEvent[];
}

export interface ScoreRow {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreReport {
  documents: number;
  documents_without_prediction: number;
  type: Record<string, ScoreRow>;
  full: Record<string, ScoreRow>;
  modality_accuracy: number | null;
}

function anchor(pred: PredictedEvent, textLength: number): number | null {
  const ev = pred.evidence ?? {};
  const trig = ev.trigger ?? {};
  const pos = 'start' in trig ? trig.start : ev.start;
  if (typeof pos !== 'number' || !Number.isInteger(pos) || pos < 0) return null;
  return Math.min(pos, textLength);
}

function codes(side: Side): Set<string> {
  const out = new Set<string>();
  for (const a of side ?? []) {
    if (a !== null && typeof a === 'object') {
      if (a.code) out.add(String(a.code).toUpperCase());
      if (a.kind) out.add('KIND:' + String(a.kind).toLowerCase());
    } else if (a) out.add(String(a).toUpperCase());
  }
  return out;
}

function sideOk(goldSide: string[] | null | undefined, predCodes: Set<string>): boolean {
  if (!goldSide || goldSide.length === 0) return true;
  return goldSide.some((g) => {
    const code = String(g).toUpperCase();
    return predCodes.has(code) || (code in GENERIC && predCodes.has('KIND:' + GENERIC[code]));
  });
}

function actorsMatch(gold: GoldEvent, pred: PredictedEvent): boolean {
  if (gold.actor === null || gold.actor === undefined) return true;
  const pa = codes(pred.actors);
  const pr = codes(pred.recipients);
  if (SYMMETRIC.has(gold.type)) return sideOk([...(gold.actor ?? []), ...(gold.recipient ?? [])], new Set([...pa, ...pr]));
  return sideOk(gold.actor, pa) && sideOk(gold.recipient, pr);
}

export function score(goldDocs: GoldDocument[], predDocs: PredictedDocument[]): ScoreReport {
  const preds = new Map<string | undefined, PredictedDocument>();
  for (const d of predDocs) preds.set(d.id, d);
  const tally: Record<'type' | 'full', Map<string, [number, number, number]>> = { type: new Map(), full: new Map() };
  const bump = (level: 'type' | 'full', key: string, slot: 0 | 1 | 2) => {
    const row = tally[level].get(key) ?? [0, 0, 0];
    row[slot]++;
    tally[level].set(key, row);
  };
  const modality = [0, 0];
  let missing = 0;
  for (const doc of goldDocs) {
    const text = doc.text;
    const lang = doc.lang ?? '?';
    const allowed = new Set(doc.annotated_types && doc.annotated_types.length ? doc.annotated_types : ['*']);
    const events = doc.events ?? [];
    const spans = events.map((g) => {
      const start = text.indexOf(g.sentence);
      if (start < 0) throw new Error(`gold sentence not found in ${doc.id}: ${g.sentence.slice(0, 60)}`);
      return [start, start + g.sentence.length] as const;
    });
    const pdoc = preds.get(doc.id);
    if (pdoc === undefined) missing++;
    const plist = (pdoc?.events ?? []).filter((p) => allowed.has('*') || allowed.has(String(p.type)));
    for (const level of ['type', 'full'] as const) {
      const matched = new Set<number>();
      const order = events.map((_, i) => i).sort((a, b) => Number(Boolean(events[a].optional)) - Number(Boolean(events[b].optional)));
      for (const gi of order) {
        const g = events[gi];
        const [s, e] = spans[gi];
        let hit: number | null = null;
        for (let pi = 0; pi < plist.length; pi++) {
          const p = plist[pi];
          if (matched.has(pi) || p.type !== g.type) continue;
          const a = anchor(p, text.length);
          if (a === null || !(s <= a && a < e)) continue;
          if (level === 'full' && !actorsMatch(g, p)) continue;
          hit = pi;
          break;
        }
        if (hit !== null) {
          matched.add(hit);
          if (!g.optional) {
            for (const key of ['all', 'type:' + g.type, 'lang:' + lang]) bump(level, key, 0);
            if (level === 'full' && g.modality) {
              modality[1]++;
              const predicted = plist[hit];
              modality[0] += Number(('modality' in predicted ? predicted.modality : 'asserted') === g.modality);
            }
          }
        } else if (!g.optional) {
          for (const key of ['all', 'type:' + g.type, 'lang:' + lang]) bump(level, key, 2);
        }
      }
      plist.forEach((p, pi) => {
        if (!matched.has(pi)) for (const key of ['all', 'type:' + String(p.type ?? 'None'), 'lang:' + lang]) bump(level, key, 1);
      });
    }
  }
  const report: ScoreReport = { documents: goldDocs.length, documents_without_prediction: missing, type: {}, full: {}, modality_accuracy: null };
  for (const level of ['type', 'full'] as const) {
    const keys = [...tally[level].keys()].sort();
    for (const key of keys) {
      const [tp, fp, fn] = tally[level].get(key)!;
      const p = tp + fp ? tp / (tp + fp) : 0;
      const r = tp + fn ? tp / (tp + fn) : 0;
      const f = p + r ? (2 * p * r) / (p + r) : 0;
      report[level][key] = { tp, fp, fn, precision: pyRound(p, 4), recall: pyRound(r, 4), f1: pyRound(f, 4) };
    }
  }
  report.modality_accuracy = modality[1] ? pyRound(modality[0] / modality[1], 4) : null;
  return report;
}

/** The report as score.py prints it without --json. */
export function formatReport(report: ScoreReport): string {
  const lines = [`documents ${report.documents} (no prediction: ${report.documents_without_prediction})`];
  for (const level of ['type', 'full'] as const) {
    lines.push('', `${level}-level`);
    lines.push(`${''.padEnd(22)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'tp'.padStart(5)} ${'fp'.padStart(5)} ${'fn'.padStart(5)}`);
    for (const [key, row] of Object.entries(report[level])) {
      lines.push(
        `${key.padEnd(22)} ${pyFixed(row.precision, 3).padStart(6)} ${pyFixed(row.recall, 3).padStart(6)} ${pyFixed(row.f1, 3).padStart(6)} ` +
          `${String(row.tp).padStart(5)} ${String(row.fp).padStart(5)} ${String(row.fn).padStart(5)}`,
      );
    }
  }
  const acc = report.modality_accuracy;
  lines.push('', `modality accuracy: ${acc === null ? 'None' : pyRepr(acc)}`);
  return lines.join('\n');
}

/** Python's repr of a float (1.0, not 1). */
function pyRepr(x: number): string {
  return Number.isInteger(x) ? x.toFixed(1) : String(x);
}
