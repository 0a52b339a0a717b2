// Looking entries up by name or id, for the people who curate the knowledge base.
import type { Person } from './data.js';
import type { EntityInfo, KnowledgeBase } from './knowledge-base.js';
import { foldKey } from './text.js';

export interface SearchHit {
  id: string;
  code: string;
  kind: string;
  name: string;
}

/** Entries with a name containing the query (accents and case ignored), persons first. */
export function searchKnowledgeBase(kb: KnowledgeBase, query: string, limit = 50): SearchHit[] {
  const needle = foldKey(query);
  const hits: SearchHit[] = [];
  for (const person of kb.persons.values()) {
    const name = person.names.find((n) => foldKey(n).includes(needle));
    if (name) hits.push({ id: person.id, code: person.home, kind: person.party ? 'party' : 'person', name });
  }
  for (const entity of kb.entities.values()) {
    const entry = entity.names.find((n) => foldKey(n.text).includes(needle));
    if (entry) hits.push({ id: entity.id, code: entity.code, kind: entity.kind, name: entry.text });
  }
  return hits.slice(0, limit);
}

export type ShownEntry = { type: 'person'; person: Person } | { type: 'entity'; entity: EntityInfo };

export function showEntry(kb: KnowledgeBase, id: string): ShownEntry | null {
  const person = kb.persons.get(id);
  if (person) return { type: 'person', person };
  const entity = kb.entities.get(id);
  return entity ? { type: 'entity', entity } : null;
}

/** How many entries of each kind the base holds, for curators and release notes. */
export function knowledgeBaseCounts(kb: KnowledgeBase): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string, n = 1) => (counts[key] = (counts[key] ?? 0) + n);
  for (const entity of kb.entities.values()) {
    add(`actors: ${entity.kind}`);
    for (const name of entity.names) add(`names: ${entity.kind} ${name.type} (${name.lang})`);
  }
  for (const lexeme of kb.lexicon.values()) {
    for (const [lang, word] of lexeme.words) {
      const roles = [word.sector !== null && !word.title ? 'sector' : '', word.title ? 'title' : '', word.group ? 'group' : '', word.modifier ? 'modifier' : '', word.former ? 'former' : ''];
      for (const role of roles.filter(Boolean)) add(`words: ${role} (${lang})`);
    }
  }
  for (const person of kb.persons.values()) {
    add(person.party ? 'parties' : 'persons');
    add(person.party ? 'roles: parties' : 'roles: persons', person.roles.length);
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
