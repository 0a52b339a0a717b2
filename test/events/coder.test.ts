import { describe, expect, it } from 'vitest';
import type { DraftEvent } from '../../src/events/index.js';
import { codeEvents } from '../../src/events/index.js';
import { code } from './helpers.js';
import { makeDoc } from './make-doc.js';

describe('codeEvents', () => {
  it('hands every draft to options.drafts, the turned-down ones included, and returns only the events', () => {
    const doc = code('Mocht Rusland Oekraïne aanvallen, dan zullen westerse landen sancties afkondigen.', 'nl');
    const drafts: DraftEvent[] = [];
    const events = codeEvents(doc, { drafts });
    expect(drafts.map((d) => [d.trigger.text, d.tokens, d.rejected?.filter ?? null])).toEqual([
      ['aanvallen', [3], 'modality-drop'],
      ['sancties', [9], null],
    ]);
    expect(events.map((e) => e.evidence.trigger.text)).toEqual(['sancties']);
    expect(drafts[1].trace.map((t) => t.stage)).toEqual(['candidates', 'decision', 'roles', 'modality', 'conventions', 'merge', 'confidence']);
  });

  it("reads a sentence's parse only for the languages whose parse decides roles", () => {
    const words = ['Russia', 'Belarus', 'Iran', 'Syria', 'Cuba', 'Venezuela', 'attacked', 'Ukraine'];
    const mentions = words.map((w, i) => ({ tokens: [i, i + 1] as [number, number], code: w.slice(0, 3).toUpperCase() })).filter((_, i) => i !== 6);
    const heads = [6, 0, 0, 0, 0, 0, -1, 6];
    const deprels = ['nsubj', 'conj', 'conj', 'conj', 'conj', 'conj', 'root', 'obj'];
    const readWith = (languages: string[]) => {
      const drafts: DraftEvent[] = [];
      codeEvents(makeDoc({ words, mentions, heads, deprels }), { drafts, syntaxRoleLanguages: languages });
      return drafts[0].trace[0].note;
    };
    expect(readWith(['en'])).toBe('verb trigger, svo frame; sentence parsed');
    expect(readWith(['nl'])).toBe('verb trigger, svo frame; word order only');
  });
});
