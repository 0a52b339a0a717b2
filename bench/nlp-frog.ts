// Paraat's language layer against Frog (the Dutch NLP suite, Debian package `frog`) on the same
// pre-tokenised Dutch text: throughput of both full pipelines and their ratio (medians of several
// runs), then UPOS accuracy on a coarse tag set both can express and entity F1 on CoNLL-2002.
//
//   npx tsx bench/nlp-frog.ts [--data DIR] [--sentences N] [--runs N]
//
// Frog runs with its tokeniser skipped (--skip=t, one sentence per line) on one thread. Rates are
// given in wall time and in CPU time (user + system; the machine may be shared). Frog's time
// includes loading its models, so the table also gives its rate net of a one-sentence run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseConllu } from '../src/nlp/conll/conllu.js';
import { iob2Spans, parseConllNer } from '../src/nlp/conll/ner.js';
import { loadEntityTagger, loadSyntax, tagEntities, tagEntityDocument } from '../src/nlp/models.js';
import { conllDocuments } from '../src/nlp/train/evaluate.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: new URL('../../shared/data/', import.meta.url).pathname },
    sentences: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
  },
});
const dataDir = values.data!;
const sentenceCount = Number(values.sentences);
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), 'paraat-frog-'));

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Timing {
  wall: number;
  cpu: number;
}

function timed(fn: () => void): Timing {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

/** Frog's wall and CPU time on the sentences (bash's `time` reports the child's CPU time). */
function timeFrog(lines: string[][]): Timing {
  const input = join(work, 'timed.txt');
  writeFileSync(input, lines.map((l) => l.join(' ')).join('\n') + '\n');
  const start = process.hrtime.bigint();
  const script = `TIMEFORMAT='%U %S'; { time frog -t '${input}' -n --skip=t --threads=1 -o '${join(work, 'timed.tsv')}' >/dev/null 2>&1 ; } 2>&1`;
  const [user, system] = execFileSync('bash', ['-c', script], { encoding: 'utf8' }).trim().split('\n').pop()!.split(' ').map(Number);
  return { wall: Number(process.hrtime.bigint() - start) / 1e9, cpu: user + system };
}

/** Runs Frog on one-sentence-per-line pre-tokenised text; returns its tab-separated rows per sentence. */
function runFrog(lines: string[][], extraArgs: string[]): string[][][] {
  const input = join(work, 'in.txt');
  const output = join(work, 'out.tsv');
  writeFileSync(input, lines.map((l) => l.join(' ')).join('\n') + '\n');
  execFileSync('frog', ['-t', input, '-n', '--skip=t' + extraArgs.join(''), '--threads=1', '-o', output], { stdio: 'ignore' });
  const sentences: string[][][] = [];
  let current: string[][] = [];
  for (const line of readFileSync(output, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (current.length) sentences.push(current);
      current = [];
    } else current.push(line.split('\t'));
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** CGN tag → the coarse classes both tag sets express: VERB/AUX and DET/PRON merged, SYM → PUNCT. */
function coarseFromCgn(tag: string): string {
  const head = tag.split('(')[0];
  const inner = tag.slice(head.length + 1, -1);
  switch (head) {
    case 'N': return inner.startsWith('eigen') ? 'PROPN' : 'NOUN';
    case 'WW': return 'VERB';
    case 'ADJ': return 'ADJ';
    case 'BW': return 'ADV';
    case 'VZ': return 'ADP';
    case 'LID': case 'VNW': return 'DET/PRON';
    case 'TW': return 'NUM';
    case 'VG': return inner.startsWith('neven') ? 'CCONJ' : 'SCONJ';
    case 'LET': return 'PUNCT';
    case 'TSW': return 'INTJ';
    case 'SPEC': return inner.startsWith('deeleigen') ? 'PROPN' : inner.startsWith('symb') ? 'PUNCT' : 'X';
    default: return 'X';
  }
}

function coarseFromUpos(tag: string): string {
  if (tag === 'AUX') return 'VERB';
  if (tag === 'DET' || tag === 'PRON') return 'DET/PRON';
  if (tag === 'SYM') return 'PUNCT';
  return tag;
}

function frogEntityTag(tag: string): string {
  if (tag === 'O') return 'O';
  const [prefix, type] = [tag.slice(0, 2), tag.slice(2).toUpperCase()];
  return prefix + (type === 'PER' || type === 'LOC' || type === 'ORG' ? type : 'MISC');
}

function f1(predicted: string[][], gold: string[][]): number {
  let tp = 0, np = 0, ng = 0;
  predicted.forEach((tags, i) => {
    const g = new Set(iob2Spans(gold[i]).map((s) => `${s.start}:${s.end}:${s.type}`));
    const p = iob2Spans(tags);
    np += p.length;
    ng += g.size;
    for (const s of p) if (g.has(`${s.start}:${s.end}:${s.type}`)) tp++;
  });
  const precision = tp / Math.max(1, np), recall = tp / Math.max(1, ng);
  return precision + recall === 0 ? 0 : (200 * precision * recall) / (precision + recall);
}

const ud = parseConllu(readFileSync(join(dataDir, 'ud/nl_alpino-ud-test.conllu'), 'utf8')).slice(0, sentenceCount);
const forms = ud.map((s) => s.words.map((w) => w.form));
const tokens = forms.reduce((n, s) => n + s.length, 0);

// Throughput: Paraat tag + lemma + parse + NER in process (models loaded before timing, load time reported).
const load = timed(() => {
  loadSyntax('nl');
  loadEntityTagger('nl');
});
const syntax = loadSyntax('nl');
const ner = loadEntityTagger('nl');
const paraatTimes: Timing[] = [];
for (let r = 0; r < Math.max(runs, 5); r++) {
  paraatTimes.push(timed(() => forms.forEach((f) => { syntax.analyse(f); tagEntities(ner, f); })));
}
const frogTimes: Timing[] = [];
const frogStartup: Timing[] = [];
for (let r = 0; r < runs; r++) {
  frogTimes.push(timeFrog(forms));
  frogStartup.push(timeFrog(forms.slice(0, 1)));
}
const rate = (times: Timing[], key: keyof Timing, minus: Timing[] = []) =>
  tokens / Math.max(1e-9, median(times.map((t) => t[key])) - (minus.length ? median(minus.map((t) => t[key])) : 0));
const paraatWall = rate(paraatTimes, 'wall');
const paraatCpu = rate(paraatTimes, 'cpu');
const frogWall = rate(frogTimes, 'wall');
const frogCpu = rate(frogTimes, 'cpu');
const frogNetCpu = rate(frogTimes, 'cpu', frogStartup);

// Coarse UPOS accuracy on the same sentences (Frog's multi-word units are kept apart and it does not parse: --skip=tmpc).
const frogTagged = runFrog(forms, ['mpc']);
let frogCorrect = 0, paraatCorrect = 0, compared = 0, skipped = 0;
ud.forEach((s, i) => {
  const rows = frogTagged[i];
  if (!rows || rows.length !== s.words.length) {
    skipped++;
    return;
  }
  const predicted = syntax.analyse(forms[i]).upos;
  s.words.forEach((w, k) => {
    compared++;
    const gold = coarseFromUpos(w.upos);
    if (coarseFromCgn(rows[k][4]) === gold) frogCorrect++;
    if (coarseFromUpos(predicted[k]) === gold) paraatCorrect++;
  });
});

// Entities on the first sentences of ned.testb; Frog's pro/eve/misc count as MISC.
const nerSentences = parseConllNer(readFileSync(join(dataDir, 'ner/conll2002-nl/ned.testb'), 'utf8')).slice(0, sentenceCount * 2);
const frogNer = runFrog(nerSentences.map((s) => s.tokens), ['mpc']);
const aligned = nerSentences.map((s, i) => frogNer[i]?.length === s.tokens.length);
const goldNer = nerSentences.filter((_, i) => aligned[i]).map((s) => s.tags);
const frogNerTags = frogNer.filter((_, i) => aligned[i]).map((rows) => rows.map((r) => frogEntityTag(r[6])));
const paraatAll = conllDocuments(nerSentences).flatMap((d) => tagEntityDocument(ner, d.map((s) => s.tokens)));
const paraatNerTags = paraatAll.filter((_, i) => aligned[i]);
rmSync(work, { recursive: true, force: true });

const rows: [string, string, string][] = [
  ['measure', 'Paraat', 'Frog'],
  [`tokens/s, wall time, ${tokens} tokens of nl_alpino-ud-test`, paraatWall.toFixed(0), frogWall.toFixed(0)],
  ['tokens/s, CPU time', paraatCpu.toFixed(0), frogCpu.toFixed(0)],
  ['tokens/s, CPU time net of model loading', paraatCpu.toFixed(0), frogNetCpu.toFixed(0)],
  ['speed ratio Paraat/Frog: wall, CPU, CPU net of loading', `${(paraatWall / frogWall).toFixed(0)}×, ${(paraatCpu / frogCpu).toFixed(0)}×, ${(paraatCpu / frogNetCpu).toFixed(0)}×`, ''],
  ['model loading (s wall)', load.wall.toFixed(2), `${median(frogStartup.map((t) => t.wall)).toFixed(1)} (one-sentence run)`],
  [`coarse UPOS accuracy, ${compared} words (${skipped} sentences skipped)`, ((100 * paraatCorrect) / compared).toFixed(2), ((100 * frogCorrect) / compared).toFixed(2)],
  [`entity F1, ${goldNer.length} sentences of ned.testb`, f1(paraatNerTags, goldNer).toFixed(2), f1(frogNerTags, goldNer).toFixed(2)],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
for (const r of rows) process.stdout.write(`${r[0].padEnd(w0)}  ${r[1].padStart(w1)}  ${r[2]}\n`);
process.stdout.write(`(median of ${runs} Frog runs and ${Math.max(runs, 5)} Paraat runs; Frog: full pipeline, one thread, tokeniser skipped)\n`);
