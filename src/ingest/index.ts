export type { IngestProblem, SourceItem } from './formats.js';
export { articleId, normaliseText, parseJsonRecord, parseTextArticle } from './formats.js';
export { capEvents, DEFAULT_BODY_BYTES, DEFAULT_LIMITS, formatBytes, limitArticleSize } from './limits.js';
export type { ArticleLimits, Oversize } from './limits.js';
export { articleDate, parsePartialDate, datePrecision } from './dates.js';
export type { DatePrecision } from './dates.js';
export { fileError, listInputFiles, readInputFile, readStdin, STDIN } from './sources.js';
export type { InputFile } from './sources.js';
