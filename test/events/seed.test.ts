import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../src/ingest/index.js';
import { createPipeline } from '../../src/pipeline/index.js';
import type { Document } from '../../src/document/index.js';

// The seed article ships in examples/, so this test needs nothing from ../shared.
const seedFile = join(import.meta.dirname, '../../examples/000_a2ea05c0becbd03e.txt');

function seed(): Document {
  const { article } = parseTextArticle(readFileSync(seedFile, 'utf8'), seedFile);
  return createPipeline().process(article!);
}

const sentenceOf = (doc: Document, start: string) => doc.sentences.find((s) => doc.text.startsWith(start, s.start))!;
const eventsIn = (doc: Document, start: string) => {
  const s = sentenceOf(doc, start);
  return doc.events.filter((e) => e.evidence.trigger.start >= s.start && e.evidence.trigger.start < s.end);
};

describe('the seed article', () => {
  const doc = seed();

  it('codes the US alert as MOBILIZE of troops by the USA with 8,500 troops, dated January 2022', () => {
    const [e] = eventsIn(doc, 'In de Verenigde Staten');
    expect(e).toMatchObject({ type: 'MOBILIZE', mode: 'troops', modality: 'asserted', date: '2022-01', cameo: '152', quad_class: 4 });
    expect(e.actors.map((a) => a.code)).toEqual(['USA']);
    expect(e.quantities).toEqual([{ value: 8500, unit: 'troops', text: '8.500 militairen', start: 29, end: 45 }]);
  });

  it('attaches the notice to move (five days instead of ten) to that event instead of coding it again', () => {
    expect(eventsIn(doc, 'De hogere staat van paraatheid')).toEqual([]);
    const [first] = eventsIn(doc, 'In de Verenigde Staten');
    expect(first.details?.[0].quantities.map((q) => `${q.value} ${q.unit}`)).toEqual(['5 days', '10 days']);
  });

  it('asserts nothing about the decision that has not been taken', () => {
    expect(eventsIn(doc, 'Een besluit over de inzet').filter((e) => e.modality === 'asserted')).toEqual([]);
  });

  it('codes no attack in the conditional sentence, and the sanctions as a conditional threat of the West', () => {
    const events = eventsIn(doc, 'Mocht Rusland');
    expect(events.map((e) => e.type)).toEqual(['THREATEN']);
    expect(events[0]).toMatchObject({ mode: 'restrict', modality: 'conditional' });
    expect(events[0].actors.map((a) => a.code)).toEqual(['WST']);
    expect(events[0].recipients.map((a) => a.code)).toEqual(['RUS']);
  });

  it('codes the video call as a CONSULT by phone among the USA, NATO and European leaders', () => {
    const [e] = eventsIn(doc, 'De Amerikaanse president Joe Biden');
    expect(e).toMatchObject({ type: 'CONSULT', mode: 'phone' });
    expect(e.actors.map((a) => a.code).sort()).toEqual(['EUR', 'NATO', 'USA']);
  });

  it('codes the talks reported by an EU source with all five leaders', () => {
    const [e] = eventsIn(doc, 'Volgens een bron rond de EU');
    expect(e).toMatchObject({ type: 'CONSULT', modality: 'reported' });
    expect(e.actors.map((a) => a.code).sort()).toEqual(['DEU', 'EU', 'FRA', 'GBR', 'USA']);
    expect(e.reported_by.map((a) => a.code)).toEqual(['EU']);
  });

  it('codes the Russian troop movements in the headline as reported, with Ukraine as recipient', () => {
    const [e] = eventsIn(doc, 'Russische troepen zouden');
    expect(e).toMatchObject({ type: 'MOBILIZE', modality: 'reported' });
    expect(e.actors.map((a) => `${a.code}/${a.sector}`)).toEqual(['RUS/MIL']);
    expect(e.recipients.map((a) => a.code)).toEqual(['UKR']);
  });

  it('attributes the quotes to their speakers', () => {
    const stoltenberg = doc.quotes.find((q) => q.text.startsWith('We zijn het erover eens'));
    expect(stoltenberg?.speaker?.code).toBe('NATO');
    expect(stoltenberg?.speakerText).toBe('Stoltenberg');
  });

  it('keeps every evidence offset inside the text', () => {
    for (const e of doc.events) {
      expect(doc.text.slice(e.evidence.trigger.start, e.evidence.trigger.end).startsWith(e.evidence.trigger.text.split(' ')[0])).toBe(true);
      expect(e.evidence.start).toBeLessThanOrEqual(e.evidence.trigger.start);
      expect(e.evidence.end).toBeGreaterThanOrEqual(e.evidence.trigger.end);
    }
  });
});
