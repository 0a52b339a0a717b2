export { GDELT_COLUMNS, gdeltRows } from './gdelt.js';
export { ploverRecord } from './plover.js';
export { FLAT_COLUMNS, flatRow } from './flat.js';
export { writeParquet } from './parquet.js';
export { csvCell, eventsCsv } from './csv.js';
