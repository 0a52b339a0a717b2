import type { Mention, Modality } from '../../document/index.js';
import type { DraftEvent } from '../draft.js';
import { standing } from '../draft.js';
import { candidatesAt, isConditionScope } from '../lexicon.js';
import { matchAt } from '../patterns.js';
import type { CueMatch, SentenceView } from '../sentence-view.js';
import { clauseOf } from '../sentence-view.js';
import { CODER_SETTINGS as SETTINGS } from '../settings.js';
import { modalityShift } from '../shifts.js';

/**
 * Stage 4: the modality of each event, what the modality makes of it (a conditional sanction is a
 * threat: type, CAMEO code and mode shift), and the mode its cues give.
 */
export function assignModality(drafts: DraftEvent[], view: SentenceView): DraftEvent[] {
  for (const draft of drafts.filter(standing)) {
    const verdict = modalityOf(view, draft);
    const shift = modalityShift(draft.entry.type, verdict.modality);
    draft.modalityCues = verdict.cues;
    draft.reportedBy = verdict.reportedBy;
    draft.shift = shift ? { when: verdict.modality } : null;
    draft.cameo = shift?.cameo ?? draft.entry.cameo;
    draft.type = shift?.type ?? draft.entry.type;
    const mode = modeFromCues(view, draft.type, shift && shift.mode !== undefined ? shift.mode : draft.entry.mode);
    draft.mode = mode.mode;
    draft.modeCue = mode.cue;
    draft.modality = shift?.modality ?? verdict.modality;
    const shifted = shift ? `; as ${verdict.modality}, a ${draft.type} (cameo ${draft.cameo})` : '';
    draft.trace.push({ stage: 'modality', note: `${draft.modality}${verdict.cues.length ? ` (${verdict.cues.join(', ')})` : ''}${shifted}` });
  }
  return drafts;
}

const MODALITY_RANK: Modality[] = ['conditional', 'negated', 'hypothetical', 'reported', 'future', 'asserted'];

export interface ModalityVerdict {
  modality: Modality;
  drop: string | null;
  reportedBy: Mention[];
  cues: string[];
}

/** The modality of a trigger from the cues in its clause, and whether a nominal trigger is no event at all. */
export function modalityOf(view: SentenceView, draft: DraftEvent): ModalityVerdict {
  const conditions = view.conditions;
  const anchor = draft.tokens[0];
  const clause = clauseOf(view, anchor);
  const nominal = draft.entry.triggerClass !== 'verb';
  const found = new Set<Modality>();
  const cues: string[] = [];
  const reportedBy: Mention[] = [];
  for (const [a, b] of conditions) {
    if (anchor >= a && anchor < b) return { modality: 'conditional', drop: 'inside the condition of a conditional sentence', reportedBy, cues };
  }
  if (conditions.length) {
    found.add('conditional');
    cues.push('condition');
  }
  for (const c of view.cues) {
    // A cue that is part of the trigger itself ("niet ... accepteren") does not modify it.
    if (c.tokens.some((t) => draft.tokens.includes(t))) continue;
    const at = c.tokens[0];
    // A negation inside the condition belongs to the condition ("... als de militairen de macht niet overdragen").
    if (!isConditionScope(c.cue.scope) && conditions.some(([a, b]) => at >= a && at < b)) continue;
    const sameClause = clauseOf(view, at) === clause;
    switch (c.cue.scope) {
      case 'modifier':
        if (at < anchor && anchor - c.tokens[c.tokens.length - 1] <= SETTINGS.modifierReach) {
          if (nominal) return { modality: 'hypothetical', drop: `nominal trigger modified by "${c.cue.pattern.source}"`, reportedBy, cues };
          // "without firing a shot": the cue reaches the verb right after it, not the clause around it.
          if (c.cue.modality !== 'none') {
            found.add(c.cue.modality);
            cues.push(c.cue.id);
          }
        }
        break;
      case 'governor':
        if (nominal && at < anchor && sameClause) {
          return { modality: 'hypothetical', drop: `nominal trigger is the topic of "${view.doc.tokens[at].text}"`, reportedBy, cues };
        }
        break;
      case 'source':
        if (sameClause || sourceOnlyClause(view, c)) {
          found.add('reported');
          cues.push(c.cue.id);
          for (const [m, r] of view.roles) if (r === 'reporter') reportedBy.push(m);
        }
        break;
      case 'clause':
        if (sameClause && c.cue.modality !== 'none' && !(c.cue.modality === 'negated' && conditionWordBetween(view, anchor, at))) {
          found.add(c.cue.modality);
          cues.push(c.cue.id);
        }
        break;
      case 'topic':
        if (nominal && at < anchor && anchor - at <= SETTINGS.topicReach && !view.mentions.some((m) => m.firstToken > at && m.firstToken < anchor)) {
          return { modality: 'hypothetical', drop: `nominal trigger is the topic of "${view.doc.tokens[at].text}"`, reportedBy, cues };
        }
        break;
      case 'background':
        if (sameClause && at < anchor) {
          return { modality: 'asserted', drop: `background in a relative clause opened by "${view.doc.tokens[at].text}"`, reportedBy, cues };
        }
        break;
      case 'condition':
      case 'opening-condition':
        break;
    }
  }
  const modality = MODALITY_RANK.find((m) => found.has(m)) ?? 'asserted';
  if (nominal && (modality === 'negated' || modality === 'hypothetical')) {
    return { modality, drop: `nominal trigger in a ${modality} clause`, reportedBy, cues };
  }
  return { modality, drop: null, reportedBy, cues };
}

/** "dreigt met sancties als de militairen de macht niet overdragen": the negation is the condition's. */
function conditionWordBetween(view: SentenceView, a: number, b: number): boolean {
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i++) if (view.lexicon.conditionWords.has(view.doc.tokens[i].lower)) return true;
  return false;
}

/**
 * "According to Kyiv, Russia attacked ...", "..., volgens de VN.": a source phrase set off by commas
 * is a clause of its own that holds nothing but the source, and it sources the whole sentence.
 */
function sourceOnlyClause(view: SentenceView, cue: CueMatch): boolean {
  const clause = clauseOf(view, cue.tokens[0]);
  for (let i = view.first; i < view.end; i++) {
    if (clauseOf(view, i) !== clause || cue.tokens.includes(i)) continue;
    const t = view.doc.tokens[i];
    if (/^\p{P}+$/u.test(t.text) || view.lexicon.determiners.has(t.lower)) continue;
    if (view.mentions.some((m) => i >= m.firstToken && i < m.endToken && view.roles.get(m) === 'reporter')) continue;
    return false;
  }
  return true;
}

function modeFromCues(view: SentenceView, type: string, fallback: string | null): { mode: string | null; cue: string | null } {
  const { doc, lexicon } = view;
  for (let i = view.first; i < view.end; i++) {
    for (const cue of candidatesAt(lexicon.modeCues, doc.tokens[i].lower, doc.tokens[i].lemma)) {
      if (cue.type === type && matchAt(cue.pattern, doc.tokens, i, view.end)) return { mode: cue.mode, cue: cue.id };
    }
  }
  return { mode: fallback, cue: null };
}
