// The one place that reads the environment for the pipeline: everything below src/cli takes it as configuration.
import type { PipelineConfig } from '../pipeline/index.js';
import { defaultModelsDir } from '../nlp/models.js';
import { DEFAULT_DB } from '../store/index.js';

/** PARAAT_MODELS: a folder of models to use instead of the committed ones (e.g. freshly trained). */
export function modelsDir(): string {
  return process.env.PARAAT_MODELS || defaultModelsDir();
}

/**
 * The pipeline settings the environment may change: PARAAT_MODELS, and PARAAT_SYNTAX_ROLES=nl,en
 * (languages whose parse decides subject and object) for experiments.
 */
export function pipelineConfig(kbExtra: string[] = []): PipelineConfig {
  const roles = process.env.PARAAT_SYNTAX_ROLES;
  return { kbExtra, modelsDir: modelsDir(), ...(roles !== undefined ? { syntaxRoleLanguages: roles.split(',').filter(Boolean) } : {}) };
}

/** The database, a SQLite file or a PostgreSQL URL: --db, else $PARAAT_DB, else ./paraat.db. */
export function databasePath(option?: string): string {
  return option || process.env.PARAAT_DB || DEFAULT_DB;
}

/** The work queue: --queue, else $PARAAT_QUEUE, else none (extract in this process). */
export function queueUrl(option?: string): string | null {
  return option || process.env.PARAAT_QUEUE || null;
}
