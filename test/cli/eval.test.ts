import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paraat, shared, tempDir } from './run.js';

const scorer = join(shared, 'eval/score.py');

function agree(gold: string): void {
  const predictions = join(tempDir(), 'pred.jsonl');
  const ours = paraat(['eval', 'events', '--gold', gold, '--pred-out', predictions]);
  expect(ours.status).toBe(0);
  const reference = execFileSync('python3', [scorer, gold, predictions], { encoding: 'utf8' });
  expect(ours.stdout).toBe(reference);
  const oursJson = paraat(['eval', 'events', '--gold', gold, '--json']);
  expect(JSON.parse(oursJson.stdout)).toEqual(JSON.parse(execFileSync('python3', [scorer, gold, predictions, '--json'], { encoding: 'utf8' })));
}

describe.skipIf(!existsSync(scorer))('paraat eval events agrees with score.py (needs ../shared)', () => {
  it('on the seed', () => agree(join(shared, 'eval/seed.jsonl')));

  it('on a sample of plover-gsr', () => {
    const lines = readFileSync(join(shared, 'eval/plover-gsr.jsonl'), 'utf8').trim().split('\n');
    const sample = join(tempDir(), 'gsr-sample.jsonl');
    writeFileSync(sample, lines.filter((_, i) => i % 4 === 0).join('\n') + '\n');
    agree(sample);
  });
});

describe('paraat eval', () => {
  it('asks what to evaluate and for a gold file', () => {
    expect(paraat(['eval']).stderr).toContain('say what to evaluate');
    expect(paraat(['eval', 'events']).stderr).toContain('--gold FILE is required');
  });

  it('names the file and line of a malformed gold document', () => {
    const gold = join(tempDir(), 'bad.jsonl');
    writeFileSync(gold, '{"id":"a","text":"x","events":[]}\n{"id":\n');
    const run = paraat(['eval', 'events', '--gold', gold]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${gold}:2:`);
  });
});

/** A small gold file of our own: sentences with and without the events their triggers suggest. */
function ownGold(): string {
  const docs = [];
  for (let i = 0; i < 12; i++) {
    const text = `Russian forces attacked Kharkiv on day ${i}. The report was released by the ministry. Ukraine and Poland held talks in Warsaw.`;
    docs.push({
      id: `own-${i}`,
      lang: 'en',
      date: '2022-03-01',
      text,
      events: [
        { sentence: `Russian forces attacked Kharkiv on day ${i}.`, type: 'ASSAULT', actor: ['RUS'], recipient: ['UKR'] },
        ...(i % 3 ? [{ sentence: 'Ukraine and Poland held talks in Warsaw.', type: 'CONSULT', actor: ['UKR', 'POL'] }] : []),
      ],
    });
  }
  const file = join(tempDir(), 'own-gold.jsonl');
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return file;
}

describe('paraat eval events --folds and paraat train events', () => {
  it('cross-validate over documents and refuse a fold count that makes no sense', () => {
    const run = paraat(['eval', 'events', '--gold', ownGold(), '--folds', '3', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).type.all).toMatchObject({ tp: 20, fn: 0 });
    expect(paraat(['eval', 'events', '--gold', ownGold(), '--folds', '1']).stderr).toContain('--folds must be a whole number from 2 to 20, not "1"');
    expect(paraat(['eval', 'events', '--gold', ownGold(), '--train', ownGold()]).stderr).toContain('give --folds N');
  });

  it('train the same model bytes twice, with cross-validated scores in the metadata', () => {
    const gold = ownGold();
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) expect(paraat(['train', 'events', '--gold', gold, '--out', out, '--folds', '3']).status).toBe(0);
    const bytes = readFileSync(join(a, 'en-events.json'), 'utf8');
    expect(readFileSync(join(b, 'en-events.json'), 'utf8')).toBe(bytes);
    const model = JSON.parse(bytes);
    expect(model.metadata.cross_validation).toMatchObject({ folds: 3, over: 'documents' });
    expect(model.metadata.data).toEqual([{ file: 'own-gold.jsonl', sha256: expect.stringMatching(/^[0-9a-f]{16}$/), documents: 12, role: 'trained on, scored, threshold' }]);
  });
});
