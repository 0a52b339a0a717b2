import { describe, expect, it } from 'vitest';
import { explainDocument } from '../../src/cli/commands/explain.js';
import { code, codeWithDecisions, summary } from './helpers.js';

describe('merging within an article', () => {
  it('attaches a later nominal mention without an actor to the earlier event of its type', () => {
    const doc = code('Rusland heeft 100.000 militairen samengetrokken aan de grens. De troepenopbouw duurt al weken.', 'nl');
    expect(doc.events.map(summary)).toEqual(['MOBILIZE RUS>- asserted']);
    expect(doc.events[0].details?.map((d) => d.text)).toEqual(['troepenopbouw']);
  });

  it('keeps an indefinite nominal mention as an event of its own', () => {
    const doc = code('Rusland heeft 100.000 militairen samengetrokken aan de grens. Er volgde een troepenopbouw in Belarus.', 'nl');
    expect(doc.events.filter((e) => e.type === 'MOBILIZE')).toHaveLength(2);
  });

  it('keeps two verbal events of one type in different sentences apart', () => {
    const doc = code('Russia attacked Kharkiv on Monday. Russia attacked Odesa on Tuesday.', 'en');
    expect(doc.events).toHaveLength(2);
  });

  it('makes one event of two triggers of one type in a sentence', () => {
    const doc = code('De NAVO stuurt extra troepen naar Polen en brengt schepen in gereedheid.', 'nl');
    expect(doc.events.filter((e) => e.type === 'MOBILIZE')).toHaveLength(1);
  });
});

describe('quotes', () => {
  it('attributes a direct quote to the speaker after the verb', () => {
    const doc = code('"Wij zullen ons land verdedigen", zei president Zelensky dinsdag.', 'nl', '2023-05-02');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]).toMatchObject({ text: 'Wij zullen ons land verdedigen', speakerText: 'president Zelensky' });
    expect(doc.quotes[0].speaker?.code).toBe('UKR');
  });

  it('attributes an indirect quote to the speaker before the verb', () => {
    const doc = code('The Pentagon said that Russia had moved troops to the border.', 'en', '2022-01-20');
    expect(doc.quotes[0]).toMatchObject({ text: 'Russia had moved troops to the border', speakerText: 'Pentagon' });
    expect(doc.quotes[0].speaker).toMatchObject({ code: 'USA', sector: 'MIL' });
  });

  it('makes the speaker the actor of a threat in a quote', () => {
    const doc = code('"Elke aanval op Polen zal ernstige gevolgen hebben", schreef Stoltenberg.', 'nl', '2022-02-01');
    expect(doc.events.map(summary)).toEqual(['THREATEN NATO>POL asserted']);
  });
});

describe('dates', () => {
  it('resolves a weekday against a day-precise article date', () => {
    const [e] = code('Rusland viel maandag Oekraïne aan.', 'nl', '2022-02-24').events;
    expect(e.date).toBe('2022-02-21');
  });

  it('resolves yesterday and gisteren', () => {
    expect(code('Russia attacked Kyiv yesterday.', 'en', '2022-03-01').events[0].date).toBe('2022-02-28');
    expect(code('De politie arresteerde gisteren drie mannen.', 'nl', '2024-01-01').events[0].date).toBe('2023-12-31');
  });

  it('keeps the weekday as text when the article date is only a month', () => {
    const [e] = code('Rusland viel maandag Oekraïne aan.', 'nl', '2022-02').events;
    expect(e).toMatchObject({ date: '2022-02', date_text: 'maandag' });
  });
});

describe('explain', () => {
  it('shows the parse, the mentions, each candidate trigger with its decision, and the events', () => {
    const { doc, decisions } = codeWithDecisions('Mocht Rusland Oekraïne aanvallen, dan zullen westerse landen sancties afkondigen.', 'nl');
    const text = explainDocument(doc, decisions);
    expect(text).toContain('mentions: "Rusland" → RUS');
    expect(text).toMatch(/sentence 1 \(holds a candidate trigger: parsed\): Mocht/);
    expect(text).toMatch(/\n9 +sancties +sanctie +NOUN +Number=Plur +10 +obj/);
    expect(text).toMatch(/"aanvallen" ASSAULT \(nl\/triggers.tsv:\d+\): dropped — inside the condition of a conditional sentence/);
    expect(text).toMatch(/"sancties" THREATEN \(nl\/triggers.tsv:\d+\): event/);
    expect(text).toContain('\n      decision: turned down by modality-drop: inside the condition of a conditional sentence\n');
    expect(text).toContain('\n      roles: frame:svo: actors westerse landen; recipients none\n');
    expect(text).toContain('\n      merge: an event of its own\n      confidence: 0.7\n');
    expect(text).toContain('THREATEN/restrict cameo 1312');
    expect(text).toMatch(/rules: nl\/triggers.tsv:\d+, class:noun/);
  });
});
