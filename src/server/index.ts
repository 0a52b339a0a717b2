export { buildServer } from './app.js';
export type { ServerOptions } from './app.js';
export { ensureWebBuild, WEB_ROOT } from './web-build.js';
