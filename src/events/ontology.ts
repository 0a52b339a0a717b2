import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CameoEntry {
  cameo: string;
  goldstein: number | null;
  quadClass: number;
  ploverType: string;
  ploverMode: string | null;
  description: string;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT',
  'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;

const ontologyFile = fileURLToPath(new URL('../../ontology/cameo.tsv', import.meta.url));
let table: Map<string, CameoEntry> | null = null;

/** The CAMEO table (codes, Goldstein, QuadClass, PLOVER mapping), read once from ontology/cameo.tsv. */
export function cameoTable(): Map<string, CameoEntry> {
  if (table) return table;
  table = new Map();
  for (const line of readFileSync(ontologyFile, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [cameo, goldstein, quad, type, mode, , description] = line.split('\t');
    table.set(cameo, {
      cameo,
      goldstein: goldstein === '' ? null : Number(goldstein),
      quadClass: Number(quad),
      ploverType: type,
      ploverMode: mode || null,
      description,
    });
  }
  return table;
}

export function cameoEntry(code: string): CameoEntry {
  const entry = cameoTable().get(code);
  if (!entry) throw new Error(`unknown CAMEO code ${code}`);
  return entry;
}
