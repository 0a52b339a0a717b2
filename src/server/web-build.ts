import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// This file runs from src/server (tests) or dist/server (built): the repository is two levels up either way.
const repo = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_SOURCE = join(repo, 'src/web');
export const WEB_ROOT = join(repo, 'dist/web');

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web interface with Vite when the build is missing or older than its sources.
 * Returns the folder to serve, or null when there is no build and Vite is not installed.
 */
export async function ensureWebBuild(log: (message: string) => void = () => {}): Promise<string | null> {
  const index = join(WEB_ROOT, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (!existsSync(WEB_SOURCE)) return built ? WEB_ROOT : null;
  if (built && built >= newestSourceTime(WEB_SOURCE)) return WEB_ROOT;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    log('the web interface is not built and Vite is not installed (npm install, then npm run build:web)');
    return built ? WEB_ROOT : null;
  }
  log('building the web interface…');
  await vite.build({ configFile: join(WEB_SOURCE, 'vite.config.ts'), logLevel: 'warn' });
  return WEB_ROOT;
}
