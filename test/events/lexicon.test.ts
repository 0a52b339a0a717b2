import { describe, expect, it } from 'vitest';
import { eventLexicon, PLOVER_TYPES } from '../../src/events/index.js';
import { candidatesAt, type TriggerEntry } from '../../src/events/lexicon.js';
import { compilePattern, matchAt } from '../../src/events/patterns.js';
import type { Token } from '../../src/document/index.js';
import { code, codeWithDecisions, events } from './helpers.js';

const tokens = (text: string): Token[] =>
  text.split(' ').map((w, i) => ({ start: i, end: i + 1, text: w, lower: w.toLowerCase(), lemma: w.toLowerCase(), sentence: 0 }));

describe('trigger lexicons', () => {
  it.each(['nl', 'en'])('cover all 16 PLOVER types in %s', (lang) => {
    const lexicon = eventLexicon(lang);
    const entries = new Set([
      ...[...lexicon.triggers.byWord.values()].flat(),
      ...[...lexicon.triggers.byPrefix.values()].flat().map((x) => x.entry),
      ...[...lexicon.triggers.bySuffix.values()].flat().map((x) => x.entry),
      ...lexicon.triggers.shortSuffixes.map((x) => x.entry),
    ]);
    const types = new Set([...entries].map((e) => e.type));
    expect([...PLOVER_TYPES].filter((t) => !types.has(t))).toEqual([]);
    for (const e of entries) expect(e.cameo).toMatch(/^\d{2,4}$/);
  });

  it.each(['nl', 'en'])('say where each %s line came from', (lang) => {
    const lexicon = eventLexicon(lang);
    const sources = new Set([...lexicon.triggers.byWord.values()].flat().map((e) => e.source));
    expect(sources.has('written')).toBe(true);
    for (const s of sources) expect(['written', 'petrarch', 'freedict', 'wordnet']).toContain(s);
  });
});

describe('trigger index', () => {
  it('finds suffix patterns of Dutch compounds by their last letters, and only on longer words', () => {
    const lexicon = eventLexicon('nl');
    const starting = (word: string) => candidatesAt(lexicon.triggers, word, word).map((e) => e.type);
    expect(starting('raketaanvallen')).toContain('ASSAULT');
    expect(starting('aanvallen')).toContain('ASSAULT');
    expect(starting('stallen')).toEqual([]);
    expect(starting('nachtoverleg')).toContain('CONSULT');
  });

  it('proposes modality cues by the word as written only: a past form is no future', () => {
    const lexicon = eventLexicon('nl');
    expect(candidatesAt(lexicon.cues, 'gaan', 'gaan').map((c) => c.modality)).toEqual(['future']);
    expect(candidatesAt(lexicon.cues, 'gingen', 'gaan')).toEqual([]);
  });
});

describe('patterns', () => {
  it('match words, alternatives, prefixes, suffixes, inflections and gaps', () => {
    expect(matchAt(compilePattern('valt|viel ... aan'), tokens('Rusland valt morgen Oekraïne aan'), 1, 5)).toEqual([1, 4]);
    expect(matchAt(compilePattern('arrest*'), tokens('arrestaties'), 0, 1)).toEqual([0]);
    expect(matchAt(compilePattern('*aanvallen'), tokens('raketaanvallen'), 0, 1)).toEqual([0]);
    expect(matchAt(compilePattern('attack+'), tokens('attacked'), 0, 1)).toEqual([0]);
    const went: Token = { start: 0, end: 6, text: 'gingen', lower: 'gingen', lemma: 'gaan', sentence: 0 };
    expect(matchAt(compilePattern('gaat|gaan'), [went], 0, 1)).toEqual([0]);
    expect(matchAt(compilePattern('gaat|gaan', { surfaceOnly: true }), [went], 0, 1)).toBeNull();
    expect(matchAt(compilePattern('spraken ...3 over'), tokens('spraken a b c d over'), 0, 6)).toBeNull();
    expect(matchAt(compilePattern('spraken ...4 over'), tokens('spraken a b c d over'), 0, 6)).toEqual([0, 5]);
  });

  it('never cross the sentence end', () => {
    expect(matchAt(compilePattern('valt ... aan'), tokens('valt x aan'), 0, 2)).toBeNull();
  });

  it.each(['... aan', 'valt ...', '', 'a||b', '*'])('refuse the malformed pattern "%s"', (source) => {
    expect(() => compilePattern(source)).toThrow();
  });
});

describe('multi-word triggers', () => {
  it('match each word of a phrase that has a line of its own', () => {
    expect(events('French and Italian warships began war games in the Adriatic.', 'en')[0]).toMatch(/^COOPERATE /);
    expect(events('The army extended the state of emergency in the capital.', 'en')[0]).toMatch(/^COERCE /);
  });

  it('file the lifting of a curfew or of emergency rule under CONCEDE, as the PLOVER manual does', () => {
    expect(events('Peru lifted the curfew in Lima on Monday.', 'en')[0]).toMatch(/^CONCEDE PER/);
    expect(events('Sudan lifted the state of emergency in Darfur.', 'en')[0]).toMatch(/^CONCEDE SDN/);
  });
});

describe('alternatives are single words', () => {
  it('fire plain "shot" and "gunned down" from their own lines', () => {
    expect(events('Police shot a protester in Lagos.', 'en').map((e) => e.split(' ')[0])).toEqual(['ASSAULT']);
    expect(events('Gunmen gunned down a judge in Kabul.', 'en').map((e) => e.split(' ')[0])).toEqual(['ASSAULT']);
  });

  it('fire the Dutch "militaire hulp" and an exploded bomb from their own lines', () => {
    const words = tokens('militaire hulp');
    const lexicon = eventLexicon('nl');
    const matching = candidatesAt(lexicon.triggers, 'militaire', 'militaire').filter((e) => matchAt(e.pattern, words, 0, 2));
    expect(matching.map((e) => e.cameo)).toEqual(['072']);
    expect(events('Een bom ontplofte in Kabul.', 'nl').map((e) => e.split(' ')[0])).toEqual(['ASSAULT']);
  });
});

describe('accusations', () => {
  it('take "accused" and "accusations" for ACCUSE, but not "accustomed"', () => {
    expect(events('Iran accused Israel of the attack.', 'en').map((e) => e.split(' ')[0])).toEqual(['ACCUSE']);
    expect(events('The accusations against the minister grew.', 'en').map((e) => e.split(' ')[0])).toEqual(['ACCUSE']);
    expect(events('The minister was accustomed to long debates.', 'en')).toEqual([]);
  });
});

describe('lines derived from PETRARCH-2', () => {
  it('code a PETRARCH verb with its block\'s code and name the derived file in the rules', () => {
    const [event] = code('Militants beheaded a soldier in Raqqa.', 'en').events;
    expect([event.type, event.cameo, event.rules[0].split(':')[0]]).toEqual(['ASSAULT', '190', 'en/triggers-petrarch.tsv']);
  });
});

describe('non-triggers', () => {
  it('block only their own words when they hold a gap ("eist ... op" claims, it does not demand)', () => {
    expect(events('Terreurgroep IS eist de aanslag in Parijs op.', 'nl').map((e) => e.split(' ')[0])).toEqual(['ASSAULT']);
    expect(events('De regering eist dat Rusland de troepen terugtrekt.', 'nl').map((e) => e.split(' ')[0])).toEqual(['REQUEST']);
  });

  it('fire no trigger inside a phrase that names a thing', () => {
    const { decisions } = codeWithDecisions('The army said in a press release that two aid workers were shot dead in Somalia.', 'en');
    expect(decisions.filter((d) => d.outcome !== 'dropped').map((d) => d.type)).toEqual(['ASSAULT']);
    expect(decisions.find((d) => d.trigger === 'release')?.reason).toMatch(/non-triggers\.tsv/);
    expect(decisions.find((d) => d.trigger === 'aid')?.reason).toMatch(/non-triggers\.tsv/);
  });
});

describe('trigger gaps', () => {
  it('never reach across a condition or complementizer into another clause', () => {
    const { decisions } = codeWithDecisions('Norway may halt talks if cooperation fails.', 'en');
    expect(decisions.map((d) => d.trigger)).not.toContain('halt ... cooperation');
    expect(events('Norway may halt talks if cooperation fails.', 'en')).toEqual(['THREATEN NOR>- conditional']);
  });

  it('may hold an adverb in a Dutch separable verb', () => {
    expect(events('Hij riep iets en sloeg dan toe.', 'nl').map((e) => e.split(' ')[0])).toEqual(['ASSAULT']);
  });

  it('codes halted mediation as CAMEO does (165, a SANCTION)', () => {
    const [event] = code('Egypt ended its mediation between Israel and Hamas.', 'en').events;
    expect([event.type, event.cameo]).toEqual(['SANCTION', '165']);
  });
});

describe('diplomatic protest and agreement', () => {
  it('code summoning an ambassador as disapproval aimed at the ambassador\'s country', () => {
    expect(events('Iran summoned the British ambassador.', 'en')).toEqual(['ACCUSE IRN>GBR asserted']);
    expect(events('Iran heeft de Britse ambassadeur ontboden.', 'nl')).toEqual(['ACCUSE IRN>GBR asserted']);
  });

  it('code "afspreken" as an agreement', () => {
    expect(events('Oekraïne en Rusland hebben een gevangenenruil afgesproken.', 'nl')).toEqual(['AGREE UKR+RUS>- asserted']);
    expect(events('Biden en Xi spraken af elkaar volgend jaar weer te zien.', 'nl')).toEqual(['AGREE USA+CHN>- asserted']);
  });
});

describe('verbal and material acts', () => {
  it('take an attack on words or policies for criticism, an attack on a place for violence', () => {
    expect(events("The Tory co-chairman attacked Labour's six new pledges as vacuous.", 'en').map((e) => e.split(' ')[0])).toEqual(['ACCUSE']);
    expect(events('Rebels attacked a police station in Kano.', 'en').map((e) => e.split(' ')[0])).toEqual(['ASSAULT']);
  });

  it('take a struck deal for an agreement and meeting rules for no event', () => {
    expect(events('Finally, a deal to turn it into a sport venue was struck.', 'en').map((e) => e.split(' ')[0])).toEqual(['AGREE']);
    expect(events('Brown would meet his fiscal rules.', 'en')).toEqual([]);
    expect(events('He moved the vote in order to win time.', 'en')).toEqual([]);
  });
});

describe('Dutch idioms that are no events', () => {
  it('do not take a scathing report, a missed target or keeping to rules for violence or arrest', () => {
    expect(events('Het oordeel van de Rekenkamer is vernietigend.', 'nl')).toEqual([]);
    expect(events('Het plan schoot zijn doel ruim voorbij.', 'nl')).toEqual([]);
    expect(events('De meeste bedrijven houden zich aan de nieuwe regels.', 'nl')).toEqual([]);
    // The arrest itself is still one.
    expect(events('De Spaanse politie hield twee verdachten aan.', 'nl').map((e) => e.split(' ')[0])).toEqual(['COERCE']);
  });
});

describe('Dutch attacks, detentions and meetings', () => {
  it('take "bestoken", "vuurt ... af" and "om het leven brengen" for attacks', () => {
    expect(events('Rusland heeft de haven van Odesa opnieuw bestookt met raketten.', 'nl')[0]).toMatch(/^ASSAULT RUS>/);
    expect(events('Iran vuurt drie raketten af op Irak.', 'nl')[0]).toMatch(/^ASSAULT IRN>IRQ/);
    expect(events('Een soldaat bracht twee burgers om het leven.', 'nl').map((e) => e.split(' ')[0])).toEqual(['ASSAULT']);
  });

  it('take holding someone for a detention and an emergency session for a meeting', () => {
    expect(events('De Turkse politie hield drie activisten vast.', 'nl')[0]).toMatch(/^COERCE TUR/);
    expect(events('Twee Zweden werden in Teheran vastgehouden.', 'nl').map((e) => e.split(' ')[0])).toEqual(['COERCE']);
    expect(events('De NAVO houdt een spoedzitting over de aanval.', 'nl').map((e) => e.split(' ')[0])).toEqual(['CONSULT']);
  });
});

describe('English attacks', () => {
  it('take assaults, launched offensives, drone strikes, massacres and stabbings for ASSAULT, not an offensive remark', () => {
    expect(events('Georgian troops repelled an Abkhaz assault near the river.', 'en')[0]).toMatch(/^ASSAULT /);
    expect(events('Azerbaijan launched an offensive in Karabakh.', 'en')[0]).toMatch(/^ASSAULT AZE>/);
    expect(events('A drone strike hit a convoy in Yemen.', 'en').map((e) => e.split(' ')[0])).toEqual(['ASSAULT']);
    expect(events('Rebels massacred dozens of villagers in Ituri.', 'en').map((e) => e.split(' ')[0])).toEqual(['ASSAULT']);
    expect(events('A man stabbed two police officers in Brussels.', 'en').map((e) => e.split(' ')[0])).toEqual(['ASSAULT']);
    expect(events('The senator made offensive remarks about migrants.', 'en')).toEqual([]);
  });
});

describe('executions, strikes and suspensions', () => {
  it('take executions for targeted killings, but not an executed plan', () => {
    expect(code('Saudi Arabia executed three men on Tuesday.', 'en').events.map((e) => `${e.type}/${e.mode}`)).toEqual(['ASSAULT/targeted']);
    expect(events('The company executed its plan.', 'en')).toEqual([]);
    expect(events('Wit-Rusland heeft twee mannen geëxecuteerd.', 'nl')[0]).toMatch(/^ASSAULT BLR>/);
  });

  it('take laying down work for a strike and a suspended participation for reduced relations', () => {
    expect(events('De havenarbeiders leggen vrijdag het werk neer.', 'nl').map((e) => e.split(' ')[0])).toEqual(['PROTEST']);
    expect(events('Moldova suspended its participation in the treaty.', 'en')[0]).toMatch(/^SANCTION MDA>/);
    expect(events('Armenië schort zijn deelname aan het verdrag op.', 'nl')[0]).toMatch(/^SANCTION ARM>/);
  });
});

describe('blockades and emergency rule', () => {
  it('code an imposed blockade as COERCE and lifted emergency rule as a concession', () => {
    expect(events('Azerbaijan imposed a blockade on the Lachin corridor.', 'en').map((e) => e.split(' ')[0])).toEqual(['COERCE']);
    expect(events('Ecuador lifted the state of emergency on Monday.', 'en').map((e) => e.split(' ')[0])).toEqual(['CONCEDE']);
  });
});

describe('borders and thanks', () => {
  it('code a closed border as a reduction of relations (SANCTION) and thanks as praise (SUPPORT)', () => {
    expect(events('Hongarije sluit de grens met Servië.', 'nl')).toEqual(['SANCTION HUN>SRB asserted']);
    expect(events('Finland heeft de grens met Rusland gesloten.', 'nl')[0]).toMatch(/^SANCTION FIN>/);
    expect(events('Poland closed its border with Belarus.', 'en')).toEqual(['SANCTION POL>BLR asserted']);
    expect(events('Kyiv thanked Lithuania for its support.', 'en')).toEqual(['SUPPORT UKR>LTU asserted']);
    expect(events('De Moldavische president bedankte Roemenië voor de hulp.', 'nl')[0]).toMatch(/^SUPPORT MDA>ROU/);
  });
});

describe('military aid', () => {
  it('codes weapons and equipment sent or delivered to another country as military aid (CAMEO 072)', () => {
    const aid = (text: string, lang: string) => code(text, lang).events.map((e) => `${e.type} ${e.cameo}`);
    expect(aid('Duitsland stuurt 5000 helmen naar Oekraïne.', 'nl')).toEqual(['AID 072']);
    expect(aid('Noorwegen leverde vorige week luchtafweer aan Polen.', 'nl')).toEqual(['AID 072']);
    expect(aid('Britain supplied anti-tank missiles to Kyiv.', 'en')).toEqual(['AID 072']);
    expect(events('Canada delivered artillery shells to Ukraine.', 'en')).toEqual(['AID CAN>UKR asserted']);
    // Sending warplanes of one's own is a deployment, not aid.
    expect(events('Nederland stuurt twee F-16\'s naar Bulgarije.', 'nl')[0]).toMatch(/^MOBILIZE NLD>BGR/);
  });
});

describe('Dutch idioms', () => {
  it('are no events: "zich inzetten voor" (commit oneself), "moord en brand roepen"', () => {
    expect(events('De jonge Zweedse heeft zich met veel energie ingezet voor het klimaat.', 'nl')).toEqual([]);
    expect(events('Velen zullen moord en brand roepen.', 'nl')).toEqual([]);
    expect(events('De NAVO heeft extra troepen ingezet in Litouwen.', 'nl').map((e) => e.split(' ')[0])).toEqual(['MOBILIZE']);
  });
});

describe('Dutch words', () => {
  it('take "arrest" for a court ruling and "arresteren" for an arrest', () => {
    expect(events('Het Hof van Cassatie velde maandag een arrest in de zaak.', 'nl')).toEqual([]);
    expect(events('De politie arresteerde twee mannen in Gent.', 'nl').map((e) => e.split(' ')[0])).toEqual(['COERCE']);
  });

  it('take "veroordelen" for a condemnation, and for a court sentence only with its term ("tot")', () => {
    expect(events('Duitsland veroordeelde Rusland scherp.', 'nl')).toEqual(['ACCUSE DEU>RUS asserted']);
    expect(events('Spanje veroordeelt de bomaanslag in Lahore.', 'nl').map((e) => e.split(' ')[0])).toEqual(['ACCUSE']);
    expect(events('Een Iraanse rechtbank veroordeelde de activiste tot tien jaar cel.', 'nl').map((e) => e.split(' ')[0])).toEqual(['COERCE']);
    // In the active perfect a condemnation, with a crime or a term a court's sentence.
    expect(events('Canada heeft de aanslag veroordeeld.', 'nl').map((e) => e.split(' ')[0])).toEqual(['ACCUSE']);
    expect(events('Een rechtbank in Teheran heeft drie betogers veroordeeld wegens opruiing.', 'nl').map((e) => e.split(' ')[0])).toEqual(['COERCE']);
    // "tot" in a relative clause belongs to another verb.
    expect(events('Italië veroordeelt de aanval die tot tientallen doden leidde.', 'nl')).toEqual(['ACCUSE ITA>- asserted']);
  });
});

describe('Dutch triggers derived through FreeDict (triggers-freedict.tsv)', () => {
  const derived = (): TriggerEntry[] => {
    const lexicon = eventLexicon('nl');
    const all = new Set([...lexicon.triggers.byWord.values()].flat());
    return [...all].filter((e) => e.id.startsWith('nl/triggers-freedict.tsv:'));
  };
  /** The PLOVER types of the derived lines that match somewhere in the sentence. */
  const derivedTypes = (sentence: string): string[] => {
    const words = tokens(sentence);
    const found = derived().filter((e) => words.some((_, i) => matchAt(e.pattern, words, i, words.length)));
    return [...new Set(found.map((e) => e.type))];
  };

  it('say where they came from', () => {
    expect(derived().length).toBeGreaterThan(20);
    for (const e of derived()) expect(['freedict', 'wordnet']).toContain(e.source);
  });

  it.each([
    ['split main clause, finite verb ... particle', 'De minister spoorde de partijen gisteren aan tot overleg'],
    ['joined in a subordinate clause', 'Hij zei dat de minister de partijen aanspoorde'],
    ['verb-final perfect', 'De minister heeft de partijen tot overleg aangespoord'],
    ['te-infinitive', 'De minister probeerde de partijen aan te sporen'],
  ])('match a separable verb in each word order: %s', (_, sentence) => {
    expect(derivedTypes(sentence)).toEqual(['REQUEST']);
  });

  it('match event nouns linked to their verbs, and not the same words in other uses', () => {
    expect(derivedTypes('De bedreigingen aan het adres van de burgemeester namen toe')).toEqual(['THREATEN']);
    expect(derivedTypes('De partijen sloten een schikking')).toEqual(['AGREE']);
    expect(derivedTypes('Het spoor naar het noorden ligt er verlaten bij')).toEqual([]);
  });

  it('code whole news classes: rebukes, evaluations, seizing territory, standing down, building up', () => {
    const types = (text: string, lang: string) => events(text, lang).map((e) => e.split(' ')[0]);
    expect(types('Germany rebuked Hungary over the new law.', 'en')).toEqual(['ACCUSE']);
    expect(types('The Dutch foreign minister lambasted Turkey on Tuesday.', 'en')).toEqual(['ACCUSE']);
    expect(types('Kurdish forces retook Manbij in March.', 'en')).toEqual(['ASSAULT']);
    expect(types('Syrian troops closed in on Idlib.', 'en')).toEqual(['ASSAULT']);
    expect(types('The Polish defence minister stood down on Friday.', 'en')).toEqual(['RETREAT']);
    expect(types('De Duitse minister kraakte het Hongaarse plan af.', 'nl')).toEqual(['ACCUSE']);
    expect(types('Turkije sommeerde Griekenland om de grens te openen.', 'nl')).toEqual(['REQUEST']);
    expect(types('Rusland wil niets weten van nieuwe gesprekken met Oekraïne.', 'nl')).toEqual(['REJECT']);
    expect(types('Noord-Korea voerde een nieuwe rakettest uit.', 'nl')).toEqual(['MOBILIZE']);
  });
});

