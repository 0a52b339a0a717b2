import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../store/postgres-server.js';

/** A throw-away NATS server with JetStream, its store in a temporary folder, on a free port. */
export interface TestNats {
  url: string;
  stop(): Promise<void>;
}

export const hasNats = spawnSync('nats-server', ['--version']).status === 0;
export const NATS_MISSING = 'nats-server is not installed (apt-get install nats-server): the queue tests are skipped';

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

export async function startNats(): Promise<TestNats> {
  const dir = mkdtempSync(join(tmpdir(), 'paraat-nats-'));
  const port = await freePort();
  const server: ChildProcess = spawn('nats-server', ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', dir], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await listening(port)); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    url: `nats://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
