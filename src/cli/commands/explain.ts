import { readFileSync } from 'node:fs';
import type { Document, Mention } from '../../document/index.js';
import type { TriggerDecision } from '../../events/index.js';
import { parsePartialDate } from '../../ingest/index.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { pipelineConfig } from '../environment.js';
import { UsageError } from '../command.js';
import { actorCodes } from '../format.js';
import { renderTable } from '../table.js';

/** Everything the pipeline saw and decided for a text, as readable sections. */
export function explainDocument(doc: Document, decisions: TriggerDecision[]): string {
  const out: string[] = [];
  out.push(`language ${doc.lang}, date ${doc.article.date ?? 'none'}, ${doc.sentences.length} sentence(s), ${doc.tokens.length} tokens`);
  doc.sentences.forEach((s, si) => {
    out.push('', `sentence ${si + 1}${s.candidate ? ' (holds a candidate trigger: parsed)' : ''}: ${doc.text.slice(s.start, s.end)}`, '');
    const rows = doc.tokens.slice(s.firstToken, s.endToken).map((t, k) => [
      String(s.firstToken + k),
      t.text,
      t.lemma,
      t.upos ?? '-',
      t.feats || '-',
      t.head === undefined ? '-' : String(t.head),
      t.deprel ?? '-',
    ]);
    out.push(renderTable(['#', 'token', 'lemma', 'upos', 'feats', 'head', 'deprel'], rows));
    const entities = doc.entities.filter((e) => e.start >= s.start && e.end <= s.end);
    if (entities.length) out.push('', 'entities: ' + entities.map((e) => `${doc.text.slice(e.start, e.end)} [${e.label}]`).join('; '));
    const mentions = doc.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    out.push('', 'mentions: ' + (mentions.map((m) => `"${doc.text.slice(m.start, m.end)}" → ${actorCodes([m.actor])} (${m.actor.kind}, ${m.rule})`).join('; ') || 'none'));
    const candidates = decisions.filter((d) => d.sentence === si);
    out.push('candidate triggers: ' + (candidates.length ? '' : 'none'));
    for (const d of candidates) {
      out.push(`  "${d.trigger}" ${d.type} (${d.entry}): ${d.outcome} — ${d.reason}`);
      for (const step of d.steps) out.push(`      ${step.stage}: ${step.note}`);
    }
  });
  const merged = decisions.filter((d) => d.sentence < 0);
  if (merged.length) {
    out.push('', 'merged across sentences:');
    for (const d of merged) out.push(`  "${d.trigger}" ${d.type} (${d.entry}): ${d.reason}`);
  }
  out.push('', `events: ${doc.events.length}`);
  for (const e of doc.events) {
    out.push(
      `  ${e.type}${e.mode ? '/' + e.mode : ''} cameo ${e.cameo} goldstein ${e.goldstein} quad ${e.quad_class}: ` +
        `${actorCodes(e.actors)} → ${actorCodes(e.recipients)}, ${e.modality}` +
        `${e.reported_by.length ? ' by ' + actorCodes(e.reported_by) : ''}` +
        `${e.quantities.length ? ', ' + e.quantities.map((q) => `${q.value} ${q.unit}`).join(', ') : ''}` +
        `${e.place ? ', place ' + e.place : ''} [${e.evidence.trigger.text}]`,
      `    rules: ${e.rules.join(', ')}`,
    );
  }
  const chains = referenceChains(doc);
  if (chains.length) out.push('', 'reference chains (each mention → the one it refers to, with the rule):', ...chains.map((c) => `  ${c}`));
  if (doc.quotes.length) {
    out.push('', 'quotes:');
    for (const q of doc.quotes) out.push(`  ${q.speakerText ?? '?'} (${q.speaker ? actorCodes([q.speaker]) : 'unresolved'}): "${q.text}"`);
  }
  return out.join('\n');
}

/**
 * The article's reference chains, one line per first mention: "Macron" (s1) ← "He" (s2,
 * pronoun:previous-subject) ← ...; then each speaker a quote took from a neighbouring sentence.
 */
export function referenceChains(doc: Document): string[] {
  const key = (span: { start: number; end: number }) => `${span.start}:${span.end}`;
  const byKey = new Map(doc.mentions.map((m) => [key(m), m]));
  const sentenceOf = (span: { start: number }) => (doc.tokens.find((t) => t.end > span.start)?.sentence ?? 0) + 1;
  const words = (span: { start: number; end: number }) => `"${doc.text.slice(span.start, span.end)}" (s${sentenceOf(span)})`;
  const rootOf = (m: Mention): Mention => {
    let at = m;
    for (let guard = 0; at.antecedent && guard < doc.mentions.length; guard++) at = byKey.get(key(at.antecedent)) ?? at;
    return at;
  };
  const chains = new Map<Mention, string[]>();
  for (const m of doc.mentions) {
    if (!m.antecedent) continue;
    const root = rootOf(m);
    const links = chains.get(root) ?? [`${words(root)} ${actorCodes([root.actor])}`];
    links.push(`${words(m)} ${m.rule}${m.antecedent && key(m.antecedent) !== key(root) ? ` via ${words(m.antecedent)}` : ''}`);
    chains.set(root, links);
  }
  const lines = [...chains.values()].map((links) => links.join(' ← '));
  doc.sentences.forEach((s, i) => {
    if (s.speaker) lines.push(`s${i + 1} quoted by ${words(s.speaker.mention)} ${actorCodes([s.speaker.mention.actor])}: ${s.speaker.rule}`);
  });
  return lines;
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'show how a sentence is read: tokens, parse, actors, triggers and why events were or were not coded',
  help: `usage: paraat explain "TEXT" | --file PATH [--lang nl|en] [--date YYYY[-MM[-DD]]] [--kb-extra FILE]

Runs the pipeline on TEXT and prints, per sentence, the tokens with lemma, part of speech,
morphological features and dependency parse (only sentences with a candidate trigger are parsed),
the entities, the mentions and the actors they resolve to, every candidate trigger with the
lexicon entry that proposed it, why it did or did not become an event and what each stage of the
coder (candidates, decision, roles, modality, conventions, merge, confidence) and the learned
decision (its probability and strongest features) decided for it, and the events and quotes that
result, each with the rules that produced it, and the article's reference chains: each pronoun,
possessive or description with the mention it refers to and the rule that chose it, and each
quote's speaker taken from a neighbouring sentence.

options:
  --file PATH   explain the text of a whole article read from PATH instead
  --lang L      language of the text (default: identified)
  --date D      the article's date, for actors' roles and relative days
  --kb-extra F  extra knowledge-base file(s) of actors (repeatable)
`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      lang: { type: 'string' },
      date: { type: 'string' },
      'kb-extra': { type: 'string', multiple: true },
      file: { type: 'string' },
    });
    if (values.file && positionals.length) throw new UsageError('give either TEXT or --file, not both');
    const text = (values.file ? readFileSync(values.file, 'utf8') : positionals.join(' ')).trim();
    if (!text) throw new UsageError('give the text to explain, in quotes, or --file PATH');
    let date: string | null = null;
    if (values.date) {
      try {
        date = parsePartialDate(values.date);
      } catch (err) {
        throw new UsageError(`--date: ${(err as Error).message}`);
      }
    }
    const { createPipeline } = await import('../../pipeline/index.js');
    const pipeline = createPipeline(pipelineConfig(values['kb-extra'] ?? []));
    const decisions: TriggerDecision[] = [];
    const doc = pipeline.process(
      { id: 'explain', externalId: null, source: null, url: null, title: null, text, date, lang: values.lang ?? null, origin: { file: '<argument>' } },
      decisions,
    );
    process.stdout.write(explainDocument(doc, decisions) + '\n');
    return 0;
  },
};
