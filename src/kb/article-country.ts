import type { ActorRef } from '../document/index.js';
import type { FoundMention } from './match.js';

/** Stands for the article's own country in a mention until all mentions of the article are known. */
export const ARTICLE_COUNTRY = '(article)';

/** Kinds of mention that name a country: the state itself, or a person who stands for one. */
const COUNTRY_KINDS = new Set(['state', 'person']);

/**
 * The article's own country: the one its named mentions name most often (the first named, of
 * equals). Null when no country is named twice: one passing mention makes no article's country.
 */
export function dominantCountry(mentions: { actor: ActorRef }[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!namesCountry(m)) continue;
    counts.set(m.actor.code, (counts.get(m.actor.code) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > counts.get(best)!) best = code;
  return best !== null && counts.get(best)! >= 2 ? best : null;
}

/** Tokens back to which the country named last is the one "the government" means: about two sentences. */
const RECENT_COUNTRY_REACH = 60;

const namesCountry = (m: { actor: ActorRef }) => COUNTRY_KINDS.has(m.actor.kind) && /^[A-Z]{3}$/.test(m.actor.code);

/**
 * The mentions with the article's own country resolved, as a reader resolves "de troepen": the
 * country last named with the same sector within about two sentences before ("het Pentagon ... de
 * troepen"), else the country last named there, else the article's dominant country. A sector word
 * is nobody's in an article that names no country.
 */
export function articleCountryMentions(found: FoundMention[]): FoundMention[] {
  const dominant = dominantCountry(found);
  const named: FoundMention[] = [];
  const out: FoundMention[] = [];
  for (const m of [...found].sort((a, b) => a.firstToken - b.firstToken)) {
    if (m.actor.code !== ARTICLE_COUNTRY) {
      if (namesCountry(m)) named.push(m);
      out.push(m);
      continue;
    }
    const recent = named.filter((n) => m.firstToken - n.firstToken <= RECENT_COUNTRY_REACH);
    const antecedent = [...recent].reverse().find((n) => n.actor.sector === m.actor.sector) ?? recent.at(-1);
    const country = antecedent?.actor.code ?? dominant;
    if (country) out.push({ ...m, actor: { ...m.actor, code: country } });
  }
  return out;
}
