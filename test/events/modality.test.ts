import { describe, expect, it } from 'vitest';
import { events } from './helpers.js';

describe('modality', () => {
  it.each([
    ['Rusland valt Oekraïne aan.', 'nl', 'ASSAULT RUS>UKR asserted'],
    ['Russia attacked Ukraine on Monday.', 'en', 'ASSAULT RUS>UKR asserted'],
    ['Rusland heeft Oekraïne niet aangevallen.', 'nl', 'ASSAULT RUS>UKR negated'],
    ['Russia did not attack Ukraine.', 'en', 'ASSAULT RUS>UKR negated'],
    ['Russische troepen zouden Oekraïne hebben aangevallen.', 'nl', 'ASSAULT RUS>UKR reported'],
    ['Russia reportedly attacked Ukraine.', 'en', 'ASSAULT RUS>UKR reported'],
    ['Rusland kan Oekraïne binnenkort aanvallen.', 'nl', 'ASSAULT RUS>UKR hypothetical'],
    ['Russia could attack Ukraine within weeks.', 'en', 'ASSAULT RUS>UKR hypothetical'],
  ])('%s → %s', (text, lang, expected) => {
    expect(events(text, lang)).toEqual([expected]);
  });

  it('codes no attack inside a condition and makes the sanction a conditional threat', () => {
    expect(events('Mocht Rusland Oekraïne aanvallen, dan zullen westerse landen zware sancties tegen Rusland afkondigen.', 'nl')).toEqual([
      'THREATEN WST>RUS conditional',
    ]);
    expect(events('If Russia attacks Ukraine, Western countries will impose sanctions on Russia.', 'en')).toEqual(['THREATEN WST>RUS conditional']);
  });

  it('does not read "als" meaning "such as" as a condition', () => {
    expect(events('NAVO-landen als Polen veroordeelden de aanval.', 'nl').every((e) => !e.endsWith('conditional'))).toBe(true);
    // Opening the sentence, it does open a condition.
    expect(events('Als Rusland Oekraïne aanvalt, zullen westerse landen sancties afkondigen.', 'nl')).toEqual(['THREATEN WST>- conditional']);
  });

  it('names the reporting actor of "volgens"', () => {
    const [e] = events('Volgens de Verenigde Staten heeft Rusland troepen samengetrokken.', 'nl');
    expect(e).toBe('MOBILIZE RUS>- reported');
  });

  it('drops a possible, planned or discussed nominal event', () => {
    expect(events('De troepen zijn inzetbaar bij een mogelijke Russische inval in Oekraïne.', 'nl')).toEqual([]);
    expect(events('Een besluit over de inzet van de troepen is nog niet genomen.', 'nl')).toEqual([]);
    expect(events('Analysts warned of a possible invasion.', 'en').filter((e) => e.startsWith('ASSAULT'))).toEqual([]);
  });

  it('treats a threat or promise about the future as asserted', () => {
    expect(events('Rusland dreigt de gaslevering aan Polen te stoppen.', 'nl')[0]).toBe('THREATEN RUS>POL asserted');
  });

  it('turns future cooperation into an agreement', () => {
    expect(events('Biden will meet Zelensky in Kyiv next week.', 'en')).toEqual(['AGREE USA+UKR>- asserted']);
  });

  it('turns an announced retreat into an agreement, as CAMEO codes an intent to yield', () => {
    expect(events('Russia will withdraw its troops from Moldova.', 'en')).toEqual(['AGREE RUS>MDA asserted']);
    expect(events('Rusland zal zijn troepen uit Moldavië terugtrekken.', 'nl')).toEqual(['AGREE RUS>MDA asserted']);
  });

  it('does not code background told in a relative clause as a new event', () => {
    expect(events('Peru lifted the curfew in Bolivia, where 12 people were killed in riots last month.', 'en')).toEqual(['CONCEDE PER>BOL asserted']);
    expect(events('Rusland bombardeerde de stad waar vorige week 20 mensen werden gedood.', 'nl')).toEqual(['ASSAULT RUS>- asserted']);
  });

  it('does not take a participle that describes a noun for an event', () => {
    expect(events('Israeli troops remained on alert in the occupied West Bank.', 'en').map((e) => e.split(' ')[0])).toEqual(['MOBILIZE']);
    expect(events('De politie ondervroeg de gearresteerde man.', 'nl')).toEqual([]);
  });

  it('codes what was refused or demanded as content, not as a second event', () => {
    expect(events('Israel refused to meet the Jordanian delegation.', 'en')).toEqual(['REJECT ISR>JOR asserted']);
  });

  it('takes a source set off by a comma as the source of the whole sentence', () => {
    expect(events('According to Kyiv, Russia again attacked Kharkiv.', 'en')).toEqual(['ASSAULT RUS>UKR reported']);
    expect(events('Rusland heeft opnieuw Charkiv aangevallen, volgens Oekraïne.', 'nl')).toEqual(['ASSAULT RUS>UKR reported']);
  });

  it('lets "without" negate only what follows it, not the clause it stands in', () => {
    expect(events('Police detained 20 suspects without trial in Lagos.', 'en')).toEqual(['COERCE NGA>NGA asserted']);
    expect(events('Russian troops withdrew without firing a shot.', 'en')).toEqual(['RETREAT RUS>- asserted']);
  });

  it('leaves a negation inside a condition to the condition', () => {
    expect(events('De Europese Unie dreigt met sancties als de militairen de macht niet overdragen.', 'nl')).toEqual(['THREATEN EU>- asserted']);
    // "als" without a comma is not read as a condition ("als" is also "when"): the retreat it holds is coded on its own.
    expect(events('Rusland valt Oekraïne niet aan als de NAVO zich terugtrekt.', 'nl').filter((e) => e.startsWith('ASSAULT'))).toEqual(['ASSAULT RUS>UKR negated']);
  });
});
