import type { ActorRef, Mention } from '../../document/index.js';
import { actorRef, uniqueActors } from '../actor-refs.js';
import { convention } from '../conventions.js';
import type { DraftEvent } from '../draft.js';
import { standing } from '../draft.js';
import { wordsOfRole } from '../lexicon.js';
import type { SentenceView } from '../sentence-view.js';
import { isPlaceRole } from '../sentence-view.js';
import { CODER_SETTINGS as SETTINGS } from '../settings.js';
import { dominantCountry } from '../../kb/index.js';

/**
 * Stage 5: the actors and recipients as the event records them, with the event-data conventions
 * for what the text leaves unnamed (ontology/conventions.tsv).
 */
export function applyConventions(drafts: DraftEvent[], view: SentenceView): DraftEvent[] {
  for (const draft of drafts.filter(standing)) {
    const { type, cameo } = draft;
    const refOf = (m: Mention) => statelessRef(view, minorityRef(view, m));
    let actorRefs = uniqueActors(localiseGroups(view, draft.actorMentions.map(refOf)));
    let recipientRefs = uniqueActors(localiseGroups(view, draft.recipientMentions.map(refOf)));
    // The act as the trigger names it: a boycott stays a protest when its modality makes it a threat.
    const domesticSector =
      actorRefs.length === 0 ? (convention('domestic-actor', type, cameo) ?? convention('domestic-actor', draft.entry.type, draft.entry.cameo)) : null;
    const country = domesticSector ? recipientRefs.find((r) => r.kind === 'state') : undefined;
    if (domesticSector && country) {
      // Nameless protesters against a government are that country's civilians ("a hunger strike
      // against Sweden's decision"); an investigation of a country's officials by nobody named is
      // that country's own justice (CAMEO codes both as domestic events).
      actorRefs = [{ code: country.code, sector: domesticSector, kind: 'state', name: country.name, kb_id: country.kb_id }];
      draft.conventions.push('actor:domestic');
    }
    const forces = convention('domestic-force', type, cameo);
    const forceCountry = forces === null ? undefined : actorRefs.find((a) => a.kind === 'state' && forces.split('|').includes(a.sector ?? ''));
    if (forceCountry && recipientRefs.some(isGeneric)) {
      // "Kenyan police arrested protesters": a country's police act on its own people.
      recipientRefs = recipientRefs.map((r) => (isGeneric(r) ? groupOf(r, forceCountry.code) : r));
      draft.conventions.push('recipient:domestic-force');
    }
    if (recipientRefs.length === 0) {
      // Unattributed violence coded to the country it happens in also strikes that country.
      recipientRefs = convention('domestic-recipient', type, cameo) !== null || draft.placeAsActor ? domesticRecipient(actorRefs) : [];
      if (recipientRefs.length) draft.conventions.push('recipient:domestic');
    }
    // Last, so that the conventions above still see the country of "Syrian rebels".
    draft.actors = uniqueActors(actorRefs.map(asArmedGroup));
    draft.recipients = uniqueActors(recipientRefs.map(asArmedGroup));
    draft.trace.push({ stage: 'conventions', note: draft.conventions.join(', ') || 'none applied' });
  }
  return drafts;
}

/**
 * A generic group (protesters, rebels, police) acting or acted on in a named country is that
 * country's group, as CAMEO codes domestic actors: "demonstrators in Baghdad" are IRQ/CVL.
 */
function localiseGroups(view: SentenceView, actors: ActorRef[]): ActorRef[] {
  if (!actors.some(isGeneric)) return actors;
  const place = statePlace(view);
  if (!place) return actors;
  return actors.map((a) => (isGeneric(a) ? groupOf(a, place.actor.code) : a));
}

/**
 * A nameless group that takes the country it acts in: a named one (Hamas, Hezbollah) keeps the
 * country the knowledge base gives it, and nameless armed men stay REB wherever they fight
 * (ANNOTATION.md codes armed non-state groups REB).
 */
export function isGeneric(a: ActorRef): boolean {
  return a.kind === 'group' && a.kb_id === null && a.code !== ARMED_GROUP && a.sector !== ARMED_GROUP;
}

const ARMED_GROUP = 'REB';

/**
 * "Syrian rebels", "Afghan militants": a country's armed non-state men are REB, whoever's
 * nationality their name gives (ANNOTATION.md); the nationality stays in the name.
 */
function asArmedGroup(a: ActorRef): ActorRef {
  return a.kind === 'state' && a.sector === ARMED_GROUP ? { ...a, code: ARMED_GROUP, kind: 'group', sector: null, kb_id: null } : a;
}

/** A nameless group as the group of a country: "demonstrators" in Iraq are IRQ/CVL. */
export function groupOf(a: ActorRef, country: string): ActorRef {
  return { ...a, code: country, kind: 'state', sector: a.sector ?? a.code };
}

/**
 * Event-data convention for acts whose target is the actor's own country when the text names no
 * other: protests are aimed at their own government, concessions and coercion at the government's
 * own people. The recipient is then the actor's country, marked by its own rule.
 */
function domesticRecipient(actors: ActorRef[]): ActorRef[] {
  const country = actors.find((a) => a.kind === 'state');
  return country ? [{ code: country.code, sector: null, kind: 'state', name: country.name, kb_id: country.kb_id }] : [];
}

/**
 * "ethnic Albanians in Serbia" are a minority of the country they live in, not the state their name
 * recalls: with a minority word before a nationality and a country named as the place, the place wins.
 */
function minorityRef(view: SentenceView, m: Mention): ActorRef {
  const before = m.firstToken - 1;
  if (before < view.first || !wordsOfRole(view.lexicon, 'minority').has(view.doc.tokens[before].lower)) return actorRef(m);
  const place = statePlace(view, m.actor.code);
  return place ? { ...m.actor, code: place.actor.code, kb_id: null } : actorRef(m);
}

/**
 * A people without a state is coded by the country it acts in (ANNOTATION.md: Kurdish forces and
 * officials inside Syria are SYR): the state the sentence places the event in, else the article's
 * own country. It stays a group, so the armed-group convention leaves the country in place.
 */
function statelessRef(view: SentenceView, ref: ActorRef): ActorRef {
  if (!SETTINGS.statelessPeoples.includes(ref.code)) return ref;
  const place = statePlace(view);
  const code = place?.actor.code ?? dominantCountry(view.doc.mentions);
  return code ? { ...ref, code, kind: 'group', kb_id: null } : ref;
}

/** The state the sentence names as the place of its event (other than `except`), if any. */
function statePlace(view: SentenceView, except?: string): Mention | undefined {
  return view.mentions.find((p) => isPlaceRole(view.roles.get(p)) && p.actor.kind === 'state' && p.actor.code !== except);
}
