import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KbFileError, loadKnowledgeBase, resolveMention, rolesOn } from '../../src/kb/index.js';
import { dayRange, overlaps } from '../../src/kb/dates.js';

const dir = mkdtempSync(join(tmpdir(), 'paraat-kb-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('the built-in base', () => {
  const kb = loadKnowledgeBase();

  it('is loaded once and cached', () => {
    expect(loadKnowledgeBase()).toBe(kb);
  });

  it('holds every country, the IGOs, regions and persons the issue asks for', () => {
    const states = [...kb.entities.values()].filter((e) => e.kind === 'state' && e.names.some((n) => n.type === 'name'));
    expect(states.length).toBeGreaterThanOrEqual(250);
    expect(new Set([...kb.entities.values()].filter((e) => e.kind === 'igo').map((e) => e.id)).size).toBeGreaterThanOrEqual(60);
    for (const code of ['WST', 'EUR', 'EEU', 'MEA', 'AFR', 'BLT']) expect(kb.entities.get(code)?.kind).toBe('region');
    expect(kb.persons.size).toBeGreaterThanOrEqual(150);
  });

  it('gives every role a known code and ordered dates', () => {
    for (const person of kb.persons.values()) {
      expect(kb.kindOfCode.has(person.home), person.id).toBe(true);
      for (const role of person.roles) {
        expect(kb.kindOfCode.has(role.code), `${person.id} ${role.code}`).toBe(true);
        if (role.start && role.end) expect(role.start < role.end, `${person.id} ${role.title}`).toBe(true);
      }
    }
  });

  it('finds the roles in force on a date, the latest first', () => {
    const scholz = kb.persons.get('p:olaf-scholz')!;
    expect(rolesOn(scholz, '2020').map((r) => r.title)).toEqual(['finance minister and vice-chancellor']);
    expect(rolesOn(scholz, '2021-12').map((r) => r.title)).toEqual(['chancellor', 'finance minister and vice-chancellor']);
    expect(rolesOn(scholz, '2025-06-01')).toEqual([]);
  });
});

describe('partial dates', () => {
  it('cover the days they name', () => {
    expect(dayRange('2022')).toEqual({ first: '2022-01-01', last: '2022-12-31' });
    expect(dayRange('2022-01')).toEqual({ first: '2022-01-01', last: '2022-01-31' });
    expect(() => dayRange('22-01')).toThrow(/not a date/);
    expect(() => dayRange('2022-13')).toThrow(/not a date/);
    expect(() => dayRange('2022-02-30')).toThrow(/not a date/);
    expect(dayRange('2024-02-29')).toEqual({ first: '2024-02-29', last: '2024-02-29' });
  });

  it('treat the end of a role as exclusive', () => {
    expect(overlaps('2021-01-20', '2025-01-20', dayRange('2025-01-20'))).toBe(false);
    expect(overlaps('2021-01-20', '2025-01-20', dayRange('2025-01-19'))).toBe(true);
    expect(overlaps('2025-01-20', null, dayRange('2025-01'))).toBe(true);
  });
});

describe('analysts\' files (--kb-extra)', () => {
  it('override a built-in name and add new ones', () => {
    const extra = file(
      'names.tsv',
      '# Brussel means the EU in our sources\nid\tcode\tkind\tsector\tlang\ttype\tnames\nEU-COM\tEU\tigo\t-\tnl\tmetonym\tBrussel\nAZOV\tUKR\tgroup\tMIL\t*\tname\tAzov-brigade\n',
    );
    const kb = loadKnowledgeBase({ extraFiles: [extra] });
    expect(resolveMention(kb, 'Brussel', { date: '2022', lang: 'nl' })).toMatchObject({ code: 'EU', kind: 'igo' });
    expect(resolveMention(kb, 'de Azov-brigade', { date: '2022', lang: 'nl' })).toMatchObject({ code: 'UKR', sector: 'MIL' });
    expect(resolveMention(loadKnowledgeBase(), 'Brussel', { date: '2022', lang: 'nl' })).toMatchObject({ code: 'BEL' });
  });

  it('add persons with roles and replace the roles of a built-in person', () => {
    const persons = file('persons.tsv', 'id\thome\tnames\tshort\np:jan-de-vries\tNLD\tJan de Vries\t*\n');
    const roles = file(
      'roles.tsv',
      'person\tcode\tsector\tstart\tend\trole\np:jan-de-vries\tNLD\tGOV\t2020-01-01\t\tminister\nQ6279\tUSA\tGOV\t2021-01-20\t2025-01-20\tpresident\n',
    );
    const kb = loadKnowledgeBase({ extraFiles: [persons, roles] });
    expect(resolveMention(kb, 'Jan de Vries', { date: '2022', lang: 'nl' })).toMatchObject({ code: 'NLD', sector: 'GOV', kb_id: 'p:jan-de-vries' });
    expect(resolveMention(kb, 'de Vries', { date: '2022', lang: 'nl' })).toMatchObject({ kb_id: 'p:jan-de-vries' });
    // The vice-presidency is gone from Biden's roles in this base.
    expect(resolveMention(kb, 'Joe Biden', { date: '2012', lang: 'en' })).toMatchObject({ code: 'USA', sector: 'ELI' });
  });

  it('add sector words for a language', () => {
    const words = file('words.tsv', 'lang\ttype\tsector\talone\twords\nnl\tsector\tMIL\t-\tpantserdivisie\n');
    const kb = loadKnowledgeBase({ extraFiles: [words] });
    expect(resolveMention(kb, 'de Russische pantserdivisie', { date: '2022', lang: 'nl' })).toMatchObject({ code: 'RUS', sector: 'MIL' });
  });

  it.each([
    ['unknown header', 'code\tname\nRUS\tRusland\n', /unknown header/],
    ['wrong column count', 'id\thome\tnames\tshort\np:x\tNLD\n', /bad\.tsv:2: 2 columns, expected 4/],
    ['bad kind', 'id\tcode\tkind\tsector\tlang\ttype\tnames\nX\tX\tplanet\t-\t*\tname\tMars\n', /bad\.tsv:2: unknown kind "planet"/],
    ['bad date', 'person\tcode\tsector\tstart\tend\trole\nQ6279\tUSA\tGOV\t2021-1-20\t\tpresident\n', /bad\.tsv:2: bad date "2021-1-20"/],
    ['a bad language flag', 'lang\tcompounds\tgenitive\tof\tin\tarticles\tand\nnl\tja\tyes\tvan\tin\tde\ten\n', /bad\.tsv:2: compounds must be yes or no, not "ja"/],
    ['role of an unknown person', 'person\tcode\tsector\tstart\tend\trole\np:nobody\tUSA\tGOV\t2021\t\tx\n', /unknown person "p:nobody"/],
  ])('refuse a file with %s, naming file and line', (_what, text, message) => {
    expect(() => loadKnowledgeBase({ extraFiles: [file('bad.tsv', text)] })).toThrow(message);
    expect(() => loadKnowledgeBase({ extraFiles: [file('bad.tsv', text)] })).toThrow(KbFileError);
  });

  it('refuse a missing file', () => {
    expect(() => loadKnowledgeBase({ extraFiles: [join(dir, 'missing.tsv')] })).toThrow(/cannot read knowledge-base file/);
  });
});

describe('places', () => {
  const kb = loadKnowledgeBase();

  it('put a city or province in its country, with no sector', () => {
    expect(resolveMention(kb, 'Kandahar', { date: '2010', lang: 'en' })).toMatchObject({ code: 'AFG', sector: null, kind: 'state' });
    expect(resolveMention(kb, 'Basra', { date: '2010', lang: 'nl' })).toMatchObject({ code: 'IRQ', sector: null });
  });

  it('give way to a country, capital or person of the same name', () => {
    expect(resolveMention(kb, 'Georgia', { date: '2010', lang: 'en' })).toMatchObject({ code: 'GEO' });
    expect(resolveMention(kb, 'Beirut', { date: '2010', lang: 'en' })).toMatchObject({ code: 'LBN', sector: 'GOV' });
  });

  it('leave out words that are common in lower case', () => {
    expect(resolveMention(kb, 'Reading', { date: '2010', lang: 'en' })).toBeNull();
  });
});
