import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');
export const bin = join(root, 'bin/paraat.js');
export const shared = join(root, '../shared');

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds dist/ first) as a user would. */
export function paraat(args: string[], options: { input?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, PARAAT_DB: '', ...options.env },
    cwd: root,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function paraatAsync(args: string[]) {
  return spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'paraat-cli-'));
}
