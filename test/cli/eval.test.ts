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
