import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Root reads folders whatever their mode: the refusal is simulated for one folder by its name.
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  return {
    ...fs,
    readdirSync: ((path: string, options: never) => {
      if (String(path).endsWith('locked-by-mock')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return fs.readdirSync(path, options);
    }) as typeof fs.readdirSync,
  };
});

const { listInputFiles } = await import('../../src/ingest/index.js');

function folderWith(locked: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'paraat-walk-'));
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, locked));
  mkdirSync(join(dir, 'z'));
  writeFileSync(join(dir, 'a', 'one.txt'), 'x');
  writeFileSync(join(dir, locked, 'hidden.txt'), 'x');
  writeFileSync(join(dir, 'z', 'two.txt'), 'x');
  writeFileSync(join(dir, 'top.txt'), 'x');
  return dir;
}

describe('walking a folder with an unreadable subfolder', () => {
  it('reports the subfolder by name and lists the rest', () => {
    const dir = folderWith('locked-by-mock');
    const { files, problems } = listInputFiles([dir]);
    expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual(['a/one.txt', 'top.txt', 'z/two.txt']);
    expect(problems).toEqual([{ file: join(dir, 'locked-by-mock'), severity: 'error', message: 'folder not read: permission denied' }]);
  });

  const root = process.getuid?.() === 0;
  if (root) console.warn('chmod 000 test skipped: running as root, which reads folders whatever their mode');
  it.skipIf(root)('does the same for a folder whose mode forbids reading it', () => {
    const dir = folderWith('locked');
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const { files, problems } = listInputFiles([dir]);
      expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual(['a/one.txt', 'top.txt', 'z/two.txt']);
      expect(problems).toEqual([{ file: join(dir, 'locked'), severity: 'error', message: 'folder not read: permission denied' }]);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});
