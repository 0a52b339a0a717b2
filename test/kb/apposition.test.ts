import { describe, expect, it } from 'vitest';
import type { EntitySpan } from '../../src/document/index.js';
import { appositionPersonMentions } from '../../src/kb/apposition.js';
import type { FoundMention } from '../../src/kb/match.js';
import { tokenize } from '../../src/kb/tokenize.js';

const text = 'Militants seized Tom Hall , a British citizen , in 2014 . Hall was freed . Ann Lee , London , spoke .';
const tokens = tokenize(text);
const at = (word: string, from = 0) => tokens.findIndex((t, i) => i >= from && t.text === word);

function span(first: number, end: number): EntitySpan {
  return { start: tokens[first].start, end: tokens[end - 1].end, firstToken: first, endToken: end, label: 'PER' };
}

function found(first: number, end: number, code: string, rule: string, sector: string | null = null): FoundMention {
  return { firstToken: first, endToken: end, start: tokens[first].start, end: tokens[end - 1].end, actor: { code, sector, kind: 'state', name: '', kb_id: code }, rule };
}

describe('appositionPersonMentions', () => {
  const british = found(at('British'), at('British') + 2, 'GBR', 'adjective+sector', 'CVL');
  const london = found(at('London'), at('London') + 1, 'GBR', 'place');
  const tom = span(at('Tom'), at('Tom') + 2);
  const hall = span(at('Hall', at('.')), at('Hall', at('.')) + 1);
  const ann = span(at('Ann'), at('Ann') + 2);

  it('gives an unknown person the nationality set beside the name, and the same surname later the same', () => {
    const out = appositionPersonMentions([british, london], tokens, [tom, hall, ann]);
    expect(out.map((m) => [m.actor.name || tokens[m.firstToken].text, m.actor.code, m.actor.sector, m.actor.kb_id, m.rule])).toEqual([
      ['Tom Hall', 'GBR', 'CVL', null, 'apposition+person'],
      ['British', 'GBR', 'CVL', 'GBR', 'adjective+sector'],
      ['Hall', 'GBR', 'CVL', null, 'apposition+person'],
      ['London', 'GBR', null, 'GBR', 'place'],
    ]);
  });

  it('takes no country from a place after the comma, nor without a comma', () => {
    expect(appositionPersonMentions([london], tokens, [ann])).toEqual([london]);
    const noComma = tokenize('Tom Hall a British citizen spoke .');
    const b = { ...british, firstToken: 3, endToken: 5, start: noComma[3].start, end: noComma[4].end };
    expect(appositionPersonMentions([b], noComma, [{ ...tom, firstToken: 0, endToken: 2 }])).toEqual([b]);
  });
});
