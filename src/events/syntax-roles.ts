import type { Document, Mention, Token } from '../document/index.js';

/** What the dependency parse says about a trigger's participants, as token-level roles. */
export interface SyntacticRoles {
  /** The token that carries the predicate: the verb (or noun) the dependents hang from. */
  predicate: number;
  subjects: Mention[];
  objects: Mention[];
  /** Passive agents ("door"/"by"). */
  agents: Mention[];
  /** Partners of a reciprocal event ("met"/"with"). */
  partners: Mention[];
  rule: string;
}

const SUBJECT = new Set(['nsubj', 'csubj']);
const PASSIVE_SUBJECT = new Set(['nsubj:pass', 'csubj:pass']);
const OBJECT = new Set(['obj', 'iobj']);
const OBLIQUE = new Set(['obl', 'obl:arg', 'nmod', 'obl:agent']);
// A governed predicate without its own subject takes its governor's ("refused to meet", "and attacked").
const INHERITS_SUBJECT = new Set(['xcomp', 'conj', 'advcl']);

export interface RoleMarkers {
  /** preposition → role (recipient, agent, partner, place, topic), from lexicons/<lang>/prepositions.tsv */
  prepositions: Map<string, string>;
}

function hasParse(tokens: Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (tokens[i].head === undefined) return false;
  return end > first;
}

/** The mention holding the token, or, failing that, one inside the phrase the token heads. */
function mentionOf(doc: Document, mentions: Mention[], token: number, children: Map<number, number[]>): Mention | null {
  const direct = mentions.find((m) => token >= m.firstToken && token < m.endToken);
  if (direct) return direct;
  // "Russische troepen" is one mention; "de troepen van Rusland" puts the country one level down.
  for (const child of children.get(token) ?? []) {
    const rel = doc.tokens[child].deprel ?? '';
    if (rel === 'amod' || rel === 'nmod' || rel === 'nmod:poss' || rel === 'compound' || rel === 'flat' || rel === 'appos') {
      const m = mentions.find((x) => child >= x.firstToken && child < x.endToken);
      if (m) return m;
    }
  }
  return null;
}

function caseMarker(doc: Document, token: number, children: Map<number, number[]>): string | null {
  for (const child of children.get(token) ?? []) if (doc.tokens[child].deprel === 'case') return doc.tokens[child].lower;
  return null;
}

/**
 * Reads actor and recipient off the dependency parse: subject → actor, object or a phrase marked
 * "tegen/against", "op/on", "naar/to" → recipient; passive subject → recipient and "door/by" →
 * actor; "met/with" → partner. A predicate without a subject of its own takes the subject of the
 * predicate it depends on (xcomp, conj, advcl). Returns null when the sentence has no parse.
 */
export function syntacticRoles(doc: Document, mentions: Mention[], matchTokens: number[], first: number, end: number, markers: RoleMarkers): SyntacticRoles | null {
  const tokens = doc.tokens;
  if (!hasParse(tokens, first, end)) return null;
  const children = new Map<number, number[]>();
  for (let i = first; i < end; i++) {
    const h = tokens[i].head!;
    if (h < 0) continue;
    const list = children.get(h);
    if (list) list.push(i);
    else children.set(h, [i]);
  }
  const predicate =
    matchTokens.find((t) => tokens[t].upos === 'VERB') ?? matchTokens.find((t) => tokens[t].upos === 'NOUN' || tokens[t].upos === 'PROPN') ?? matchTokens[0];
  const roles: SyntacticRoles = { predicate, subjects: [], objects: [], agents: [], partners: [], rule: 'syntax' };
  const add = (list: Mention[], m: Mention | null) => {
    if (m && !list.includes(m) && !matchTokens.some((t) => t >= m.firstToken && t < m.endToken)) list.push(m);
  };
  const collect = (head: number) => {
    for (const child of children.get(head) ?? []) {
      const rel = tokens[child].deprel ?? '';
      const m = mentionOf(doc, mentions, child, children);
      if (SUBJECT.has(rel)) add(roles.subjects, m);
      else if (PASSIVE_SUBJECT.has(rel)) add(roles.objects, m);
      else if (OBJECT.has(rel)) add(roles.objects, m);
      else if (rel === 'amod' && tokens[head].upos === 'NOUN') add(roles.subjects, m);
      else if (OBLIQUE.has(rel)) {
        const marker = caseMarker(doc, child, children);
        const role = rel === 'obl:agent' ? 'agent' : marker ? markers.prepositions.get(marker) : undefined;
        if (role === 'agent') add(roles.agents, m);
        else if (role === 'recipient') add(roles.objects, m);
        else if (role === 'partner') add(roles.partners, m);
        else if (marker && (marker === 'van' || marker === 'of') && tokens[head].upos === 'NOUN') add(roles.subjects, m);
      }
    }
  };
  for (const t of matchTokens) collect(t);
  let governor = predicate;
  while (roles.subjects.length === 0 && roles.agents.length === 0 && INHERITS_SUBJECT.has(tokens[governor].deprel ?? '') && tokens[governor].head! >= 0) {
    governor = tokens[governor].head!;
    for (const child of children.get(governor) ?? []) {
      if (SUBJECT.has(tokens[child].deprel ?? '')) add(roles.subjects, mentionOf(doc, mentions, child, children));
    }
    roles.rule = 'syntax:inherited-subject';
  }
  return roles;
}
