export type { IngestProblem, SourceItem } from './formats.js';
export { articleId, normaliseText, parseJsonRecord, parseTextArticle } from './formats.js';
export { parsePartialDate, datePrecision } from './dates.js';
export type { DatePrecision } from './dates.js';
export { fileError, listInputFiles, readInputFile, readStdin, STDIN } from './sources.js';
export type { InputFile } from './sources.js';
