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

/** The CAMEO code that stands for a PLOVER type: one without a mode before one with, then the shortest and lowest. */
export function typeCameo(type: string): string {
  const rank = (e: CameoEntry) => `${e.ploverMode === null ? 0 : 1}${e.cameo.length}${e.cameo}`;
  const codes = [...cameoTable().values()].filter((e) => e.ploverType === type).sort((a, b) => (rank(a) < rank(b) ? -1 : 1));
  if (codes.length === 0) throw new Error(`no CAMEO code maps to the PLOVER type ${type}`);
  return codes[0].cameo;
}
