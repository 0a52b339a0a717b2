import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/command.js';
import { actorsCommand } from '../../src/cli/commands/actors.js';

const dir = mkdtempSync(join(tmpdir(), 'paraat-actors-'));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await actorsCommand.run(argv);
    return { code, out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('paraat actors resolve', () => {
  it('prints the actor as JSON', async () => {
    const { code, out } = await run('resolve', 'de Amerikaanse president', '--date', '2022-01-24', '--lang', 'nl');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ code: 'USA', sector: 'GOV', kind: 'state', kb_id: 'USA', name: 'Amerikaanse president' });
  });

  it('prints null for a mention that names nobody', async () => {
    const { code, out } = await run('resolve', 'troepen', '--date', '2022', '--lang', 'nl');
    expect(code).toBe(0);
    expect(out).toBe('null\n');
  });

  it('uses the context for a surname', async () => {
    const { out } = await run('resolve', 'Müller', '--date', '2022', '--lang', 'nl', '--context', 'de Duitse minister Hans Müller');
    expect(JSON.parse(out)).toMatchObject({ code: 'DEU', sector: 'GOV' });
  });

  it('refuses an impossible date as a usage error', async () => {
    await expect(run('resolve', 'Biden', '--date', '24-01-2022')).rejects.toThrow(UsageError);
  });

  it('answers a batch line by line and reports a malformed line with file and line', async () => {
    const batch = join(dir, 'batch.jsonl');
    writeFileSync(
      batch,
      [
        JSON.stringify({ mention: 'Biden', date: '2012', lang: 'en' }),
        '{"mention": "Biden", "date": ',
        JSON.stringify({ mention: 'Stoltenberg', date: '2022-01', lang: 'nl', context: 'NAVO-chef Jens Stoltenberg zei dat.' }),
        JSON.stringify({ mention: 'Biden', date: 'yesterday', lang: 'en' }),
        JSON.stringify({ mention: 'westerse landen', date: null, lang: 'nl' }),
      ].join('\n') + '\n',
    );
    const { code, out, err } = await run('resolve', '--batch', batch);
    expect(code).toBe(1);
    const answers = out.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(answers).toHaveLength(5);
    expect(answers[0]).toMatchObject({ code: 'USA', sector: 'GOV', kb_id: 'Q6279' });
    expect(answers[1].error).toContain(`${batch}:2: not a JSON object`);
    expect(answers[2]).toMatchObject({ code: 'NATO', kb_id: 'p:jens-stoltenberg' });
    expect(answers[3].error).toContain(`${batch}:4: "date" must be`);
    expect(answers[4]).toMatchObject({ code: 'WST' });
    expect(err).toContain(`${batch}:2:`);
    expect(err).toContain(`${batch}:4:`);
  });

  it('applies --kb-extra', async () => {
    const extra = join(dir, 'extra.tsv');
    writeFileSync(extra, 'id\tcode\tkind\tsector\tlang\ttype\tnames\nEU-COM\tEU\tigo\t-\tnl\tmetonym\tBrussel\n');
    const { out } = await run('resolve', 'Brussel', '--lang', 'nl', '--kb-extra', extra);
    expect(JSON.parse(out)).toMatchObject({ code: 'EU' });
  });
});

describe('paraat actors search and show', () => {
  it('searches names, accents and case ignored', async () => {
    const { code, out } = await run('search', 'stoltenb');
    expect(code).toBe(0);
    expect(out).toContain('p:jens-stoltenberg\tNOR\tperson\tJens Stoltenberg');
    const { out: countries } = await run('search', 'oekraine');
    expect(countries).toContain('UKR\tUKR\tstate\tOekraïne');
  });

  it('shows a person with dated roles', async () => {
    const { code, out } = await run('show', 'Q6279');
    expect(code).toBe(0);
    const person = JSON.parse(out);
    expect(person.names).toContain('Joe Biden');
    expect(person.roles).toContainEqual({ code: 'USA', sector: 'GOV', start: '2021-01-20', end: '2025-01-20', title: 'president' });
  });

  it('says so when an id is unknown', async () => {
    const { code, err } = await run('show', 'Q0');
    expect(code).toBe(1);
    expect(err).toContain('no entry with id "Q0"');
  });

  it('counts the entries of each kind', async () => {
    const { code, out } = await run('stats');
    expect(code).toBe(0);
    const counts = Object.fromEntries(out.trim().split('\n').map((line) => line.trim().split(/\s{2,}/)).map(([n, what]) => [what, Number(n)]));
    expect(counts['actors: state']).toBe(250);
    expect(counts['actors: igo']).toBeGreaterThanOrEqual(60);
    expect(counts['persons']).toBeGreaterThan(10000);
    expect(counts['parties']).toBeGreaterThanOrEqual(10);
    expect(counts['names: state adj (nl)']).toBeGreaterThan(300);
  });

  it('rejects an unknown action', async () => {
    await expect(run('delete', 'x')).rejects.toThrow(/unknown action "delete"/);
  });
});
