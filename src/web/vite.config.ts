import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built into dist/web (git-ignored); `paraat serve` serves it. base './' keeps asset URLs relative.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
});
