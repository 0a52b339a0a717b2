import { describe, expect, it } from 'vitest';
import {
  CASE_CAPITALISED,
  CASE_LOWER,
  CASE_MIXED,
  CASE_MOSTLY_LOWER,
  CASE_UNSEEN,
  WordClusters,
  clustersUnder,
  learnWordClusters,
  pathPrefix,
} from '../../../src/nlp/ner/clusters.js';
import { computeWordHashes } from '../../../src/nlp/tagger/wordfeatures.js';

// Cities follow "naar"/"in" and end sentences; people come after "minister" and before "zei".
const cities = ['Parijs', 'Berlijn', 'Madrid', 'Rome', 'Wenen', 'Praag', 'Oslo', 'Dublin'];
const people = ['Jansen', 'Peeters', 'Smits', 'Claes', 'Bakker', 'Visser', 'Mulder', 'Bos'];
const texts: string[][] = [];
for (let round = 0; round < 6; round++) {
  for (const city of cities) texts.push(['Hij', 'reist', 'naar', city, '.'], ['Het', 'is', 'koud', 'in', city, '.']);
  for (const person of people) texts.push(['Volgens', 'minister', person, 'zei', 'de', 'krant', 'niets', '.']);
}
const options = { minCount: 3, contextWords: 20, depth: 6, seed: 7 };

function lookup(clusters: WordClusters, word: string): number {
  return clusters.lookup(computeWordHashes([word]).norm[0]);
}

describe('word clusters', () => {
  const sections = learnWordClusters('c', texts, options);
  const clusters = WordClusters.fromSections('c', sections)!;

  it('are deterministic', () => {
    const again = learnWordClusters('c', texts, options);
    for (const [name, array] of Object.entries(sections)) expect(Array.from(again[name])).toEqual(Array.from(array));
  });

  it('put words used alike under one prefix and apart from words used otherwise', () => {
    const cityPaths = cities.map((w) => lookup(clusters, w) & 0xffff);
    const personPaths = people.map((w) => lookup(clusters, w) & 0xffff);
    for (const path of [...cityPaths, ...personPaths]) expect(path).toBeGreaterThan(1);
    const top = (path: number) => pathPrefix(path, 2);
    expect(new Set(cityPaths.map(top)).size).toBe(1);
    expect(new Set(personPaths.map(top)).size).toBe(1);
    expect(top(cityPaths[0])).not.toBe(top(personPaths[0]));
  });

  it('record how words are capitalised away from the start of a sentence', () => {
    expect(lookup(clusters, 'parijs') >>> 16).toBe(CASE_CAPITALISED);
    expect(lookup(clusters, 'krant') >>> 16).toBe(CASE_LOWER);
    // "Hij" only ever starts a sentence; unknown words have neither path nor case.
    expect(lookup(clusters, 'hij') >>> 16).toBe(CASE_UNSEEN);
    expect(lookup(clusters, 'Tokio')).toBe(CASE_UNSEEN << 16);
  });

  it('cut paths to prefixes, keeping shorter paths whole', () => {
    // A leading 1 marks where the path bits start: 0b1_101101 is the path 101101.
    expect(pathPrefix(0b1101101, 3)).toBe(0b1101);
    expect(pathPrefix(0b1101101, 5)).toBe(0b110110);
    expect(pathPrefix(0b1101, 3)).toBe(0b1101);
    expect(pathPrefix(0b110, 4)).toBe(0b110);
  });

  it('mark words mostly but not always lower-case', () => {
    const mixed = learnWordClusters('m', [
      ...Array.from({ length: 8 }, () => ['Hij', 'woont', 'van', 'harte', '.']),
      ['Jan', 'Van', 'Dam', '.'],
      ...Array.from({ length: 2 }, () => ['Zij', 'leest', 'Nu', '.', 'Zij', 'leest', 'nu', '.']),
    ], options);
    const found = WordClusters.fromSections('m', mixed)!;
    expect(lookup(found, 'van') >>> 16).toBe(CASE_MIXED | CASE_MOSTLY_LOWER);
    expect(lookup(found, 'nu') >>> 16).toBe(CASE_MIXED);
  });

  it('move to another section prefix unchanged', () => {
    const moved = clustersUnder(sections, 'c', 'tagger.clusters');
    expect(Object.keys(moved).sort()).toEqual(['tagger.clusters.case', 'tagger.clusters.keys', 'tagger.clusters.paths']);
    expect(moved['tagger.clusters.keys']).toBe(sections['c.keys']);
  });
});
